/**
 * No dead ends: an unknown or unpublished brand or method answers 404 with the
 * whole page (server/notFoundPage.mjs), a renamed brand or method answers 308
 * from its old address (src/collections/shared/formerSlugs.ts), and a case form with
 * mistakes comes back at the form with a list of them (src/components/CaseForm.tsx).
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'

import type { Browser, Page } from 'playwright-core'

import { editorToken } from './accounts'
import { BASE_URL, launch, screenshot } from './browser'

let browser: Browser
before(async () => {
  browser = await launch()
})
after(async () => browser?.close())

const PHONE = { width: 390, height: 844 }

const api = async (path: string, init: RequestInit & { token?: string } = {}) => {
  const res = await fetch(`${BASE_URL}/api${path}`, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
    },
  })
  return { status: res.status, body: await res.json() }
}

/** The status and Location of an address, not followed. */
const answer = async (path: string) => {
  const res = await fetch(`${BASE_URL}${path}`, { redirect: 'manual' })
  await res.arrayBuffer()
  return { status: res.status, location: res.headers.get('location') }
}

/** The 404 page's content, as a reader sees it. */
const assertFullNotFound = async (page: Page, path: string) => {
  const response = await page.goto(`${BASE_URL}${path}`)
  assert.equal(response?.status(), 404, path)
  assert.equal(await page.title(), 'Page not found · ResetHub', path)
  await page
    .getByRole('heading', { level: 1, name: 'We could not find that page' })
    .waitFor({ timeout: 5000 })
  await page.getByRole('search').getByRole('searchbox').first().waitFor({ timeout: 5000 })
  for (const brand of ['Hikvision', 'Dahua', 'Uniview']) {
    assert.ok(
      await page.locator(`main a[href="/brands/${brand.toLowerCase()}"]`).count(),
      `${path} lists ${brand}`,
    )
  }
  assert.match(
    page.url(),
    new RegExp(`${path.replace(/[?]/g, '\\?')}$`),
    'the address stays as typed',
  )
}

describe('unknown and unpublished pages', () => {
  const UNKNOWN = [
    '/brands/no-such-brand',
    '/brands/hikvision/no-such-method',
    '/cases?brand=no-such-brand',
  ]

  test('without JavaScript: 404 with the whole page (heading, search box, brand list) and its own title', async () => {
    for (const path of UNKNOWN) {
      const res = await fetch(`${BASE_URL}${path}`)
      const body = await res.text()
      assert.equal(res.status, 404, path)
      assert.doesNotMatch(body, /id="__next_error__"/, `${path}: not the empty shell`)
      assert.match(body, /<title>Page not found · ResetHub<\/title>/, path)
      assert.match(body, /<h1>We could not find that page<\/h1>/, path)
    }
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE })
    const page = await context.newPage()
    for (const path of UNKNOWN) await assertFullNotFound(page, path)
    await screenshot(page, 'dead-ends-404-no-js')
    await context.close()
  })

  test('an unpublished brand answers the same full 404', async () => {
    const token = await editorToken()
    const slug = `unpublished-${Date.now()}`
    const created = await api('/brands?draft=true', {
      method: 'POST',
      token,
      body: JSON.stringify({ name: `Unpublished ${slug}`, slug, _status: 'draft' }),
    })
    assert.equal(created.status, 201)
    try {
      const context = await browser.newContext({ javaScriptEnabled: false })
      await assertFullNotFound(await context.newPage(), `/brands/${slug}`)
      await context.close()
    } finally {
      await api(`/brands/${created.body.doc.id}`, { method: 'DELETE', token })
    }
  })

  test('with JavaScript: the same page, no console errors and no hydration errors', async () => {
    const context = await browser.newContext({ viewport: PHONE })
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      // Chromium reports the page's own 404 status as a console error; anything else counts.
      const ownStatus =
        /Failed to load resource: the server responded with a status of 404/.test(message.text()) &&
        message.location().url === page.url()
      if ((message.type() === 'error' || message.type() === 'warning') && !ownStatus)
        problems.push(`${message.type()}: ${message.text()}`)
    })
    for (const path of UNKNOWN) {
      await assertFullNotFound(page, path)
      await page.waitForLoadState('networkidle')
      // Hydrated: the search box works as a client form, the page is still the 404.
      await page.getByRole('heading', { level: 1, name: 'We could not find that page' }).waitFor()
    }
    await screenshot(page, 'dead-ends-404-js')
    await context.close()
    assert.deepEqual(problems, [])
  })
})

describe('a changed slug keeps working', () => {
  test('renaming a brand and a method: the old addresses answer 308 to the new ones, and back', async () => {
    const token = await editorToken()
    const brand = (await api('/brands?where[slug][equals]=hikvision&depth=0', { token })).body
      .docs[0]
    const method = (
      await api(
        `/methods?where[slug][equals]=guid-key-file&where[brand][equals]=${brand.id}&depth=0`,
        { token },
      )
    ).body.docs[0]
    assert.ok(brand && method)
    const rename = async (
      collection: 'brands' | 'methods',
      id: number | string,
      data: Record<string, unknown>,
    ) => {
      const res = await api(`/${collection}/${id}`, {
        method: 'PATCH',
        token,
        body: JSON.stringify({ ...data, _status: 'published' }),
      })
      assert.equal(res.status, 200, JSON.stringify(res.body))
      return res.body.doc
    }
    // The pages are cached before the change, as readers would have them.
    assert.equal((await answer('/brands/hikvision')).status, 200)
    assert.equal((await answer('/brands/hikvision/guid-key-file')).status, 200)

    try {
      const renamed = await rename('brands', brand.id, { slug: 'hikvision-renamed' })
      assert.deepEqual(
        renamed.formerSlugs.map((row: { slug: string }) => row.slug),
        ['hikvision'],
        'listed for editors',
      )
      assert.deepEqual(await answer('/brands/hikvision'), {
        status: 308,
        location: '/brands/hikvision-renamed',
      })
      assert.deepEqual(await answer('/brands/hikvision/guid-key-file'), {
        status: 308,
        location: '/brands/hikvision-renamed/guid-key-file',
      })
      assert.equal((await answer('/brands/hikvision-renamed')).status, 200)
      const sitemap = await (await fetch(`${BASE_URL}/sitemap.xml`)).text()
      assert.ok(
        sitemap.includes('/brands/hikvision-renamed<') && !sitemap.includes('/brands/hikvision<'),
        'the sitemap lists only current addresses',
      )

      await rename('methods', method.id, { slug: 'guid-key-file-renamed' })
      assert.deepEqual(await answer('/brands/hikvision-renamed/guid-key-file'), {
        status: 308,
        location: '/brands/hikvision-renamed/guid-key-file-renamed',
      })
      // Both slugs former at once: one redirect, straight to the current address.
      assert.deepEqual(await answer('/brands/hikvision/guid-key-file'), {
        status: 308,
        location: '/brands/hikvision-renamed/guid-key-file-renamed',
      })

      // A reader following the old link in a browser lands on the guide.
      const page = await browser.newPage()
      await page.goto(`${BASE_URL}/brands/hikvision/guid-key-file`)
      assert.match(page.url(), /\/brands\/hikvision-renamed\/guid-key-file-renamed$/)
      await page.getByRole('heading', { level: 1, name: 'Import the GUID key file' }).waitFor()
      // Its prefetches of the guide's links finish before the slugs change back (a render begun
      // before a publish may still be stored after it: Next's cache, not ours).
      await page.waitForLoadState('networkidle')
      await page.close()
      // Renamed back: the guide answers at its first address again, the second one redirects there.
      await rename('methods', method.id, { slug: 'guid-key-file' })
      await rename('brands', brand.id, { slug: 'hikvision' })
      assert.equal((await answer('/brands/hikvision')).status, 200)
      assert.equal((await answer('/brands/hikvision/guid-key-file')).status, 200)
      assert.deepEqual(await answer('/brands/hikvision-renamed'), {
        status: 308,
        location: '/brands/hikvision',
      })
    } finally {
      // As it was, for the other test files: the slugs, and no former addresses left behind
      // (an editor removing them: they stop redirecting at once).
      await rename('methods', method.id, { slug: 'guid-key-file', formerSlugs: [] })
      await rename('brands', brand.id, { slug: 'hikvision', formerSlugs: [] })
    }
    assert.equal((await answer('/brands/hikvision-renamed')).status, 404)
    assert.equal((await answer('/brands/hikvision/guid-key-file-renamed')).status, 404)
  })
})

describe('a case form with mistakes lands where the reader is', () => {
  const submitWithMistakes = async (page: Page) => {
    await page.getByLabel('Your name').fill('')
    await page.getByLabel('E-mail (optional, never shown)').fill('not-an-address')
    await page.getByLabel('What happened?').fill('Too short')
    await page.getByRole('button', { name: 'Send my case' }).click()
  }

  /** Whether the element is on the screen now. */
  const inViewport = (page: Page, selector: string) =>
    page.locator(selector).evaluate((element) => {
      const box = element.getBoundingClientRect()
      return box.bottom > 0 && box.top < window.innerHeight
    })

  const assertSummary = async (page: Page) => {
    const summary = page.locator('.error-summary')
    await summary.waitFor()
    assert.equal(await summary.getAttribute('role'), 'alert')
    assert.equal(await summary.getAttribute('tabindex'), '-1')
    await summary.getByRole('heading', { name: 'There is a problem' }).waitFor()
    const links = await summary
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]))
    assert.deepEqual(
      links.map(([href]) => href),
      ['#case-authorName', '#case-authorEmail', '#case-body'],
      'each field in error, in the order of the form',
    )
    for (const [href, text] of links) {
      const field = page.locator(href!)
      assert.equal(await field.getAttribute('aria-invalid'), 'true', `${href} is marked`)
      const describedBy = (await field.getAttribute('aria-describedby'))!.split(' ')
      const message = describedBy.find((id) => id.endsWith('-error'))
      assert.ok(message, `${href} is tied to its message`)
      assert.ok(
        (await page.locator(`#${message}`).innerText()).includes(text!),
        `${href}'s message`,
      )
      // Visibly marked too: the field's red bar.
      assert.equal(
        await field.evaluate((el) => getComputedStyle(el.closest('.field')!).borderLeftStyle),
        'solid',
        `${href} shows its error`,
      )
    }
    assert.match(links[1][1]!, /e-mail address/, 'a bad e-mail is a field error from the server')
  }

  test('without JavaScript: the answer opens at the form, with the list of problems in view', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE })
    const page = await context.newPage()
    await page.goto(`${BASE_URL}/brands/hikvision`)
    await submitWithMistakes(page)
    await page.waitForURL(/\/brands\/hikvision#case-form$/)
    await assertSummary(page)
    assert.ok(await inViewport(page, '.error-summary'), 'the summary is on the screen')
    assert.ok((await page.evaluate(() => window.scrollY)) > 2000, 'scrolled down to the form')
    await screenshot(page, 'dead-ends-case-form-no-js')
    // What the reader typed is kept; a link of the summary leads to its field.
    assert.equal(await page.getByLabel('What happened?').inputValue(), 'Too short')
    await page
      .locator('.error-summary')
      .getByRole('link', { name: /e-mail address/ })
      .click()
    assert.match(page.url(), /#case-authorEmail$/)
    assert.ok(await inViewport(page, '#case-authorEmail'))
    await context.close()
  })

  test('with JavaScript: the list of problems takes the focus', async () => {
    const context = await browser.newContext({ viewport: PHONE })
    const page = await context.newPage()
    await page.goto(`${BASE_URL}/brands/hikvision`)
    await page.waitForLoadState('networkidle')
    await submitWithMistakes(page)
    await assertSummary(page)
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'))
    assert.ok(await inViewport(page, '.error-summary'))
    assert.match(page.url(), /\/brands\/hikvision$/, 'answered in place')
    await screenshot(page, 'dead-ends-case-form-js')
    await context.close()
  })
})
