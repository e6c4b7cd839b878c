import assert from 'node:assert/strict'
import crypto from 'node:crypto'
import { after, before, describe, test } from 'node:test'

import type { Browser, Page } from 'playwright-core'

import { supportToken } from './accounts'
import { BASE_URL, launch, screenshot } from './browser'
import { mailTo } from './mail'
import { E2E_SECRET } from './server'

let browser: Browser
before(async () => {
  browser = await launch()
})
after(async () => browser?.close())

const api = async (path: string, init: RequestInit & { token?: string } = {}) => {
  const res = await fetch(`${BASE_URL}/api${path}`, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
      ...(init.headers ?? {}),
    },
  })
  return { status: res.status, body: await res.json() }
}

const findCase = async (token: string, text: string) =>
  (await api(`/comments?where[body][contains]=${encodeURIComponent(text)}&depth=0`, { token })).body
    .docs[0]

const fillCase = async (
  page: Page,
  { name, body, email }: { name: string; body: string; email?: string },
) => {
  await page.getByLabel('Your name').fill(name)
  if (email !== undefined) await page.getByLabel('E-mail (optional, never shown)').fill(email)
  await page.getByLabel('Recorder model').fill('DHI-NVR4104')
  await page.getByLabel('Method you tried').selectOption({ label: 'Scan the QR code in DMSS' })
  await page.getByLabel('What happened?').fill(body)
}

describe('opening a case', () => {
  test('with JavaScript off: errors come back on the page, then the case is received as pending', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${BASE_URL}/brands/dahua`)
    await fillCase(page, { name: 'No-JS reader', body: 'Too short' })
    await page.getByRole('button', { name: 'Send my case' }).click()
    await page.getByRole('alert').getByText('at least 20 characters').waitFor()
    const body = 'The DMSS code never arrives in my mailbox, tried twice (no JavaScript).'
    await page.getByLabel('What happened?').fill(body)
    await page.getByRole('button', { name: 'Send my case' }).click()
    await page.waitForURL(/\/cases\/received/)
    await page.getByRole('heading', { name: /awaits moderation/ }).waitFor()
    await context.close()
    const stored = await findCase(await supportToken(), body)
    assert.equal(stored.status, 'pending')
    assert.equal(stored.deviceModel, 'DHI-NVR4104')
    // Staff were told, through a real SMTP server.
    let told = false
    for (let i = 0; i < 50 && !told; i++) {
      told = mailTo('support-team@example.com').some((m) => m.includes(body))
      if (!told) await new Promise((r) => setTimeout(r, 100))
    }
    assert.ok(told, 'staff e-mail about the new case')
  })

  test('with JavaScript on: inline errors, then received', async () => {
    const page = await browser.newPage()
    await page.goto(`${BASE_URL}/brands/dahua`)
    await page.waitForLoadState('networkidle')
    await fillCase(page, {
      name: 'JS reader',
      email: 'not-an-address',
      body: 'My recorder shows a QR code but DMSS fails (with JavaScript).',
    })
    await page.getByRole('button', { name: 'Send my case' }).click()
    await page
      .getByRole('alert')
      .getByText('Enter an e-mail address such as name@example.com.')
      .waitFor()
    assert.match(page.url(), /\/brands\/dahua$/)
    await page.getByLabel('E-mail (optional, never shown)').fill('reader@example.com')
    await page.getByRole('button', { name: 'Send my case' }).click()
    await page.waitForURL(/\/cases\/received/)
    await page.close()
  })

  test('the honeypot: a filled trap field is thanked and nothing is stored', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${BASE_URL}/brands/dahua`)
    const body = 'Bot text that must never be stored anywhere (honeypot).'
    await fillCase(page, { name: 'Bot', body })
    await page.locator('#case-website').fill('https://spam.example', { force: true })
    await page.getByRole('button', { name: 'Send my case' }).click()
    await page.waitForURL(/\/cases\/received/)
    await context.close()
    assert.equal(await findCase(await supportToken(), body), undefined)
  })

  test('the server keys on the connection, not on a header the client sends', async () => {
    const body = 'Spoofed peer header test, the reset did nothing (peer address).'
    const res = await api('/comments', {
      method: 'POST',
      headers: { 'x-resethub-peer': '203.0.113.9', 'x-forwarded-for': '203.0.113.10' },
      body: JSON.stringify({ authorName: 'Sly', body }),
    })
    assert.equal(res.status, 201)
    const stored = await findCase(await supportToken(), body)
    const hash = (address: string) =>
      crypto.createHmac('sha256', E2E_SECRET).update(`client:${address}`).digest('hex').slice(0, 32)
    assert.equal(stored.ipHash, hash('127.0.0.1'))
    assert.notEqual(stored.ipHash, hash('203.0.113.9'))
  })
})

describe('moderation and display', () => {
  test('a case approved and answered by support shows on the page, hostile text shown as text', async () => {
    const support = await supportToken()
    // Each run starts on a fresh database: a fixed word of lowercase letters is unique and never looks like private data.
    const marker = 'eveguidemarker'
    const hostile = {
      authorName: `<img src=x onerror="window.__pwned=1">Eve ${marker}`,
      deviceModel: '<script>window.__pwned=2</script>',
      firmware: '"><svg onload=alert(1)>',
      body: `<script>alert(1)</script> javascript:alert(1) <b>broken ${'W'.repeat(300)} \u202Egnp.exe my serial is 6J0123PAZ12345 and mail me at eve@example.com (${marker})`,
    }
    const created = await api('/comments', { method: 'POST', body: JSON.stringify(hostile) })
    assert.equal(created.status, 201)
    const id = created.body.doc.id
    // Pending: not on the page.
    assert.ok(!(await (await fetch(`${BASE_URL}/guide`)).text()).includes(String(marker)))

    assert.equal(
      (
        await api(`/comments/${id}`, {
          method: 'PATCH',
          token: support,
          body: JSON.stringify({ status: 'published' }),
        })
      ).status,
      200,
    )
    const reply = await api('/comments', {
      method: 'POST',
      token: support,
      body: JSON.stringify({
        parent: id,
        authorName: 'Sam from support',
        body: `Please try the reset button (${marker}).`,
      }),
    })
    assert.equal(reply.status, 201)
    assert.equal((await api(`/comments/${id}`, { token: support })).body.caseState, 'answered')

    const page = await browser.newPage()
    let dialogs = 0
    page.on('dialog', async (d) => {
      dialogs++
      await d.dismiss()
    })
    // Live within a second of the answer (the page is cached and refreshed on change).
    const item = page.locator('.case', { hasText: `Eve ${marker}` })
    const deadline = Date.now() + 1000
    do {
      await page.goto(`${BASE_URL}/guide#cases`)
    } while (
      !(await item.getByText(`Please try the reset button (${marker}).`).count()) &&
      Date.now() < deadline
    )
    await item.getByText('Answered by support').waitFor()
    await item.getByText(`Please try the reset button (${marker}).`).waitFor()
    const text = await item.innerText()
    assert.ok(text.includes('<script>alert(1)</script>'), 'markup shown as text')
    assert.ok(!text.includes('6J0123PAZ12345'), 'serial masked')
    assert.ok(!text.includes('eve@example.com'), 'e-mail masked')
    assert.equal(await item.locator('img, script, svg, b').count(), 0, 'no element injected')
    assert.equal(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      undefined,
    )
    assert.equal(dialogs, 0)
    await screenshot(page, 'cases-guide')
    await page.close()
  })
})

describe('did this work?', () => {
  test('a reader answers under a method without JavaScript; staff see the count', async () => {
    const support = await supportToken()
    const method = (
      await api('/methods?where[slug][equals]=mainboard-reset-button&depth=0', { token: support })
    ).body.docs[0]
    const before = method.feedbackSummary as string
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${BASE_URL}/brands/dahua/mainboard-reset-button`)
    await page.getByRole('button', { name: 'Yes, it worked' }).click()
    // Back on the method's page, at its form, where the thanks show.
    await page.waitForURL(/#feedback-thanks$/)
    await page.getByText('Thank you for telling us.').waitFor()
    await context.close()
    const after = (await api(`/methods/${method.id}`, { token: support })).body
      .feedbackSummary as string
    assert.equal(Number(after.split(' ')[0]), Number(before.split(' ')[0]) + 1)
  })
})
