/**
 * One browser test per role. The editor's is the README's "Add a new brand
 * guide" walkthrough, step by step: keep the two in step.
 */
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'

import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'

import { ADMIN, adminToken, EDITOR, editorToken, SUPPORT, supportToken } from './accounts'
import { BASE_URL, launch, screenshot, signIn } from './browser'

let browser: Browser
before(async () => {
  browser = await launch()
})
after(async () => browser?.close())

const api = async (p: string, init: { method?: string; token?: string; body?: unknown } = {}) => {
  const res = await fetch(`${BASE_URL}/api${p}`, {
    method: init.method ?? 'GET',
    headers: {
      'Content-Type': 'application/json',
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  return { status: res.status, body: await res.json().catch(() => null) }
}

/** The collections a signed-in user is offered on the admin's home page and in its navigation. */
const offeredCollections = async (page: Page) => {
  await page.goto(`${BASE_URL}/admin`)
  await page.locator('.support-dashboard').waitFor({ timeout: 60_000 })
  const hrefs = await page
    .locator('a[href^="/admin/collections/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  return new Set(hrefs.map((href) => href.replace('/admin/collections/', '').split(/[/?]/)[0]))
}

const notFoundInAdmin = async (page: Page, url: string) => {
  await page.goto(`${BASE_URL}${url}`)
  await page.getByText('Nothing found').waitFor({ timeout: 30_000 })
}

describe('editor', () => {
  const sentence = 'Reolink recorders have four screws on the underside (added by the editor).'

  test('adds the Reolink guide: brand, logo, start from the general guide, edit a step, preview, publish', async () => {
    // Reolink is part of the seeded content: remove it so the editor can add it from scratch.
    const admin = await adminToken()
    const seeded = (await api('/brands?where[slug][equals]=reolink&depth=0', { token: admin })).body
      .docs[0]
    if (seeded)
      assert.equal(
        (await api(`/brands/${seeded.id}`, { method: 'DELETE', token: admin })).status,
        200,
      )
    await editorToken()
    const logo = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-logo-')),
      'reolink-logo.png',
    )
    fs.writeFileSync(
      logo,
      await sharp({
        create: { width: 240, height: 240, channels: 3, background: '#1a73e8' },
      })
        .png()
        .toBuffer(),
    )

    // 1. Sign in to /admin as an editor.
    const { context, page } = await signIn(browser, EDITOR)
    try {
      // 2. Brands → Create New; type the name: the slug follows it.
      await page.goto(`${BASE_URL}/admin/collections/brands`)
      // The list settles its address (sort, limit) on the client first: a click before that is lost.
      await page.locator('.table').waitFor({ timeout: 60_000 })
      await page.waitForURL(/[?&]limit=/, { timeout: 30_000 })
      await page.getByRole('link', { name: 'Create New' }).first().click()
      await page.waitForSelector('#field-name', { timeout: 60_000 })
      await page.fill('#field-name', 'Reolink')
      await page.waitForFunction(
        () =>
          (document.querySelector('#field-slug') as HTMLInputElement | null)?.value === 'reolink',
      )
      await page.fill('#field-accentColor', '#1a73e8')

      // 3. Logo → Create New: choose the file, describe it, Save.
      await page.locator('#field-logo').getByRole('button', { name: 'Create New' }).click()
      const drawer = page.locator('.drawer--is-open').last()
      await drawer.locator('input[type="file"]').setInputFiles(logo)
      await drawer.locator('#field-alt').fill('Reolink logo')
      await drawer.getByRole('button', { name: 'Save' }).click()
      // The seeded logo had this name: the new file may be stored as reolink-logo-1.png.
      await page
        .locator('#field-logo')
        .getByText(/^reolink-logo(-\d+)?\.png$/)
        .waitFor({ timeout: 30_000 })

      // 4. Start from the general guide: its methods and steps become drafts of Reolink.
      await page.getByRole('button', { name: 'Start from the general guide' }).click()
      await page.getByText(/Copied 4 general methods as drafts/).waitFor({ timeout: 30_000 })
      await screenshot(page, 'editor-brand-started')

      // 5. Open a copied method; in Steps, Edit step 2, add to its text, Save.
      await page.getByRole('link', { name: 'Use the reset button (factory reset)' }).click()
      await page.locator('.steps-editor li').first().waitFor({ timeout: 60_000 })
      await page.getByRole('button', { name: /^Edit step 2:/ }).click()
      const stepDrawer = page.locator('.drawer--is-open').last()
      const body = stepDrawer.locator('[contenteditable="true"]').first()
      // The editor shows the step's text once it has started; keys typed before that are lost.
      await body.getByText(/\S/).first().waitFor({ timeout: 30_000 })
      await body.click()
      await page.keyboard.press('Control+End')
      await page.keyboard.type(` ${sentence}`)
      await body.getByText(sentence, { exact: false }).waitFor({ timeout: 10_000 })
      await stepDrawer.getByRole('button', { name: 'Save' }).click()
      await page.getByText('Updated successfully').first().waitFor({ timeout: 30_000 })
      await page.keyboard.press('Escape')
      const methodId = new URL(page.url()).pathname.split('/').pop()
      const steps = (
        await api(`/steps?where[method][equals]=${methodId}&sort=order&depth=0`, {
          token: await editorToken(),
        })
      ).body.docs
      assert.ok(
        String(steps[1]?.plainText).includes(sentence),
        'the edited step is saved with the added sentence',
      )

      // 6. Live Preview: the draft page, drawn by the site's own components, shows the edit.
      await page.getByRole('button', { name: 'Live Preview', exact: true }).click()
      await page.getByRole('button', { name: 'Exit Live Preview', exact: true }).waitFor()
      const preview = page.frameLocator('#live-preview-iframe')
      await preview
        .getByText(sentence)
        .waitFor({ timeout: 30_000 })
        .catch(async (error) => {
          const shown = await preview
            .locator('body')
            .innerText({ timeout: 1000 })
            .catch(() => '(no page)')
          console.log(`the live preview shows:\n${shown.slice(0, 2000)}`)
          throw error
        })
      await preview.getByText('Previewing drafts').waitFor()
      await screenshot(page, 'editor-live-preview')
      // Readers see nothing of it yet.
      assert.equal((await fetch(`${BASE_URL}/brands/reolink`)).status, 404)

      // 7. Publish changes on the method, then on the brand.
      await page.getByRole('button', { name: 'Publish changes' }).click()
      await page
        .locator('.doc-controls__status', { hasText: 'Published' })
        .or(page.getByText('Published', { exact: true }))
        .first()
        .waitFor({ timeout: 30_000 })
      await page.locator('#field-brand').getByText('Reolink').waitFor()
      const brand = (
        await api('/brands?where[slug][equals]=reolink&depth=0&draft=true', {
          token: await editorToken(),
        })
      ).body.docs[0]
      await page.goto(`${BASE_URL}/admin/collections/brands/${brand.id}`)
      await page.waitForSelector('#field-name', { timeout: 60_000 })
      const published = page.waitForResponse(
        (r) =>
          r.url().includes(`/api/brands/${brand.id}`) && r.request().method() === 'PATCH' && r.ok(),
      )
      await page.getByRole('button', { name: 'Publish changes' }).click()
      await published
      const answered = Date.now()

      // 8. /brands/reolink shows the edit, within a second of the publish.
      let seenAfter = Infinity
      while (Date.now() - answered < 5000) {
        const res = await fetch(`${BASE_URL}/brands/reolink`)
        if (res.status === 200 && (await res.text()).includes(sentence)) {
          seenAfter = Date.now() - answered
          break
        }
      }
      console.log(`published guide visible after ${seenAfter} ms`)
      assert.ok(
        seenAfter <= 1000,
        `/brands/reolink shows the edit within 1 s (took ${seenAfter} ms)`,
      )
      // A reader: a browser of their own, without the editor's session or draft mode.
      const reader = await browser.newPage()
      await reader.goto(`${BASE_URL}/brands/reolink`)
      await reader.getByText(sentence).waitFor()
      await reader.getByRole('img', { name: 'Reolink logo' }).first().waitFor()
      await screenshot(reader, 'editor-published-reolink')
      assert.equal(await reader.getByText('Previewing drafts').count(), 0)
      // The copies not yet published stay hidden.
      assert.equal(await reader.getByText('Answer the security questions').count(), 0)
      await reader.close()
    } catch (error) {
      await screenshot(page, 'editor-walkthrough-failed')
      console.log(
        'live preview address:',
        await page
          .locator('iframe')
          .first()
          .getAttribute('src', { timeout: 1000 })
          .catch(() => null),
      )
      throw error
    } finally {
      await context.close()
    }
  })

  test('reorders steps by drag and drop inside the method', async () => {
    const token = await editorToken()
    const method = (
      await api(
        '/methods?where[slug][equals]=reset-button&where[brand.slug][equals]=reolink&depth=0',
        { token },
      )
    ).body.docs[0]
    const before = (
      await api(`/steps?where[method][equals]=${method.id}&sort=order&depth=0`, { token })
    ).body.docs.map((s: { title: string }) => s.title)

    const { context, page } = await signIn(browser, EDITOR)
    await page.goto(`${BASE_URL}/admin/collections/methods/${method.id}`)
    const rows = page.locator('.steps-editor li')
    await rows.nth(1).waitFor({ timeout: 60_000 })
    // The mouse works in the visible part of the page.
    await rows.nth(1).scrollIntoViewIfNeeded()
    const from = await page.getByRole('button', { name: /^Drag step 1:/ }).boundingBox()
    const to = await rows.nth(1).boundingBox()
    assert.ok(from && to)
    const saved = page.waitForResponse((r) => r.url().includes('/reorder-steps') && r.ok())
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await page.mouse.down()
    for (let i = 1; i <= 10; i++)
      await page.mouse.move(
        from.x + from.width / 2,
        from.y + ((to.y + to.height * 0.75 - from.y) * i) / 10,
      )
    await page.mouse.up()
    await saved

    const afterDrag = (
      await api(`/steps?where[method][equals]=${method.id}&sort=order&depth=0`, { token })
    ).body.docs
    assert.deepEqual(
      afterDrag.map((s: { title: string }) => s.title),
      [before[1], before[0], ...before.slice(2)],
    )
    assert.deepEqual(
      afterDrag.map((s: { order: number }) => s.order),
      before.map((_: unknown, i: number) => i + 1),
    )
    // The published method page follows at once.
    const html = await (await fetch(`${BASE_URL}/brands/reolink/reset-button`)).text()
    assert.ok(
      html.indexOf(before[1]) < html.indexOf(before[0]),
      'the public page shows the new order',
    )
    await context.close()
  })

  test('schedules a copied method to be published; at its time readers get it', async () => {
    const token = await editorToken()
    const method = (
      await api(
        '/methods?where[slug][equals]=security-questions&where[brand.slug][equals]=reolink&depth=0',
        { token },
      )
    ).body.docs[0]
    assert.equal(method._status, 'draft')
    const page404 = `${BASE_URL}/brands/reolink/security-questions`
    assert.equal((await fetch(page404)).status, 404)

    const { context, page } = await signIn(browser, EDITOR)
    await page.goto(`${BASE_URL}/admin/collections/methods/${method.id}`)
    await page.waitForSelector('#field-title', { timeout: 60_000 })
    // The arrow beside "Publish changes" → Schedule Publish → Publish, a time, Save.
    await page.locator('.doc-controls .popup__trigger-wrap button').first().click()
    await page.getByText('Schedule Publish').first().click()
    const drawer = page.locator('.drawer--is-open')
    await drawer.getByText('Publish', { exact: true }).click()
    // The next whole minute at least 15 s away, typed as the picker shows it ("Nov 25, 2026 10:58 AM").
    const at = new Date(Math.ceil((Date.now() + 15_000) / 60_000) * 60_000)
    const typed = `${at.toLocaleString('en-US', { month: 'short' })} ${at.getDate()}, ${at.getFullYear()} ${at.toLocaleString('en-US', { hour: 'numeric', minute: '2-digit' })}`
    await drawer.locator('.date-time-picker input').pressSequentially(typed)
    await page.keyboard.press('Enter')
    await drawer.getByRole('button', { name: 'Save' }).click()
    await drawer.getByRole('cell', { name: /^Publish$/ }).waitFor({ timeout: 30_000 })
    await screenshot(page, 'editor-scheduled-publish')
    await context.close()

    assert.equal((await fetch(page404)).status, 404, 'not before its time')
    // The server runs the job queue every JOBS_INTERVAL_SECONDS (3 s in these tests).
    let liveAfter = Infinity
    while (Date.now() - at.getTime() < 30_000) {
      if ((await fetch(page404)).status === 200) {
        liveAfter = Date.now() - at.getTime()
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    console.log(`scheduled publish live ${liveAfter} ms after its time`)
    assert.ok(liveAfter < 15_000, `published at its time (${liveAfter} ms after)`)
    assert.ok(
      (await (await fetch(`${BASE_URL}/brands/reolink`)).text()).includes(
        'Answer the security questions',
      ),
      'and on the brand guide',
    )
  })

  test('cannot manage users', async () => {
    const token = await editorToken()
    const { context, page } = await signIn(browser, EDITOR)
    const offered = await offeredCollections(page)
    for (const slug of ['brands', 'methods', 'media'])
      assert.ok(offered.has(slug), `editors work on ${slug}`)
    for (const slug of ['users', 'comments'])
      assert.ok(!offered.has(slug), `editors are not offered ${slug}`)
    await notFoundInAdmin(page, '/admin/collections/users')
    await notFoundInAdmin(page, '/admin/collections/users/create')
    // Hidden is not the protection: the access rules are.
    const created = await api('/users', {
      method: 'POST',
      token,
      body: {
        email: 'sneaky@example.com',
        password: 'a long enough password',
        name: 'Sneaky',
        roles: ['admin'],
      },
    })
    assert.equal(created.status, 403)
    const self = (await api('/users/me', { token })).body.user
    const promoted = await api(`/users/${self.id}`, {
      method: 'PATCH',
      token,
      body: { roles: ['admin'] },
    })
    assert.ok(
      promoted.status === 403 || !promoted.body?.doc?.roles?.includes('admin'),
      'an editor cannot make themself admin',
    )
    await context.close()
  })
})

describe('support', () => {
  test('sees cases, feedback and the dashboard, but no users, and cannot edit a brand', async () => {
    const token = await supportToken()
    const { context, page } = await signIn(browser, SUPPORT)
    const offered = await offeredCollections(page)
    for (const slug of ['comments', 'feedback'])
      assert.ok(offered.has(slug), `support works on ${slug}`)
    for (const slug of ['users', 'brands', 'methods', 'steps', 'media'])
      assert.ok(!offered.has(slug), `support is not offered ${slug}`)

    const dashboard = page.locator('.support-dashboard')
    for (const figure of [
      'Cases pending moderation',
      'Open and unanswered',
      'Answered, not resolved',
    ])
      await dashboard.getByRole('link', { name: new RegExp(`^${figure}: \\d+$`) }).waitFor()
    await dashboard.getByText('Methods that did not work').waitFor()
    await screenshot(page, 'support-dashboard')
    // Each figure opens the list behind it.
    await dashboard.getByRole('link', { name: /^Cases pending moderation/ }).click()
    await page.waitForURL(/\/admin\/collections\/comments\?.*status/)

    await notFoundInAdmin(page, '/admin/collections/users')
    const hikvision = (await api('/brands?where[slug][equals]=hikvision&depth=0')).body.docs[0]
    await notFoundInAdmin(page, `/admin/collections/brands/${hikvision.id}`)
    assert.equal(await page.locator('#field-name').count(), 0, 'no brand form')
    const edit = await api(`/brands/${hikvision.id}`, {
      method: 'PATCH',
      token,
      body: { summary: 'Changed by support' },
    })
    assert.equal(edit.status, 403)
    assert.notEqual(
      (await api(`/brands/${hikvision.id}?depth=0`)).body.summary,
      'Changed by support',
    )
    await context.close()
  })
})

describe('admin', () => {
  test('sees everything, users included', async () => {
    await adminToken()
    const { context, page } = await signIn(browser, ADMIN)
    const offered = await offeredCollections(page)
    for (const slug of ['brands', 'methods', 'media', 'comments', 'feedback', 'users'])
      assert.ok(offered.has(slug), `admins are offered ${slug}`)
    await page
      .locator('.support-dashboard')
      .getByText('Brands without methods of their own')
      .waitFor()
    await context.close()
  })
})
