import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'

import type { Browser, Page } from 'playwright-core'

import { ADMIN, adminToken } from './accounts'
import { BASE_URL, launch, signIn } from './browser'

let browser: Browser
before(async () => {
  browser = await launch()
})
after(async () => browser?.close())

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1]

describe('security headers', () => {
  for (const path of ['/', '/brands/hikvision', '/brands/hikvision/guid-key-file', '/search?q=reset', '/admin/login', '/api/brands?limit=1']) {
    test(`${path} carries the headers`, async () => {
      const res = await fetch(`${BASE_URL}${path}`, { redirect: 'manual' })
      const csp = res.headers.get('content-security-policy') ?? ''
      assert.match(csp, /script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/)
      assert.doesNotMatch(csp, /script-src[^;]*unsafe-(inline|eval)/)
      assert.match(csp, /frame-ancestors 'self'/)
      assert.match(csp, /object-src 'none'/)
      assert.match(csp, /base-uri 'self'/)
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff')
      assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin')
      assert.equal(res.headers.get('x-frame-options'), 'SAMEORIGIN')
      assert.equal(res.headers.get('x-powered-by'), null)
      // The public address here is http: no HSTS (a unit test covers https).
      assert.equal(res.headers.get('strict-transport-security'), null)
    })
  }

  test('every script of a cached page carries this answer’s nonce, a new one each time', async () => {
    const nonces = new Set<string>()
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${BASE_URL}/brands/hikvision`)
      const nonce = nonceOf(res.headers.get('content-security-policy') ?? '')
      assert.ok(nonce)
      nonces.add(nonce)
      const html = await res.text()
      const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0])
      assert.ok(scripts.length > 3, 'the page has scripts')
      for (const tag of scripts) assert.ok(tag.includes(`nonce="${nonce}"`), `a script without the nonce: ${tag}`)
    }
    assert.equal(nonces.size, 3)
  })

  test('pages are still compressed', async () => {
    const res = await fetch(`${BASE_URL}/brands/hikvision`, { headers: { 'accept-encoding': 'gzip' } })
    assert.equal(res.headers.get('content-encoding'), 'gzip')
    assert.match(await res.text(), /<\/html>/)
  })
})

/** Content-Security-Policy violations the page reports while `action` runs. */
const violations = async (page: Page, action: () => Promise<unknown>) => {
  const found: string[] = []
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) found.push(msg.text())
  })
  await action()
  return found
}

describe('the policy in Chromium', () => {
  test('public pages work under it, with JavaScript, and report no violation', async () => {
    const page = await browser.newPage()
    const found = await violations(page, async () => {
      await page.goto(`${BASE_URL}/`)
      await page.getByRole('link', { name: /Hikvision/ }).first().click()
      await page.waitForURL(/\/brands\/hikvision$/)
      // Hydrated: a client link navigates without a full load.
      await page.getByRole('link', { name: /GUID/ }).first().click()
      await page.waitForURL(/guid-key-file/)
      await page.getByRole('heading', { level: 1 }).waitFor()
    })
    assert.deepEqual(found, [])
    await page.close()
  })

  test('the admin works under it and reports no violation', async () => {
    await adminToken()
    const { context, page } = await signIn(browser, ADMIN)
    const found = await violations(page, async () => {
      await page.goto(`${BASE_URL}/admin/collections/methods`)
      await page.getByRole('link', { name: /Create new/i }).first().waitFor()
      await page.goto(`${BASE_URL}/admin/collections/brands`)
      await page.locator('.table, .collection-list').first().waitFor()
    })
    assert.deepEqual(found, [])
    await context.close()
  })

  test('an injected inline script, event handler or javascript: URL does not run', async () => {
    const page = await browser.newPage()
    await page.goto(`${BASE_URL}/brands/hikvision`)
    const ran = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>
      const script = document.createElement('script')
      script.textContent = 'window.__injected = "script"'
      document.body.append(script)
      const img = document.createElement('img')
      img.setAttribute('onerror', 'window.__handler = "ran"')
      img.src = '/no-such-image.png'
      document.body.append(img)
      const link = document.createElement('a')
      link.href = 'javascript:window.__url = "ran"'
      document.body.append(link)
      link.click()
      await new Promise((r) => setTimeout(r, 500))
      return [w.__injected, w.__handler, w.__url]
    })
    assert.deepEqual(ran, [undefined, undefined, undefined])
    await page.close()
  })
})
