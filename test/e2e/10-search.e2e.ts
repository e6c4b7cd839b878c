/**
 * Search as a reader on a phone uses it, with JavaScript on and off: from the
 * home page's box and the header's, a model number and a misspelt brand find
 * the right guide among the first three results; matches are marked; a near
 * miss offers "did you mean".
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'

import type { Browser, Page } from 'playwright-core'

import { adminToken } from './accounts'
import { BASE_URL, launch, screenshot } from './browser'

let browser: Browser
before(async () => {
  browser = await launch()
})
after(async () => browser?.close())

const PHONE = { width: 390, height: 844 }

/** The guides listed, in order (each group's heading link). */
const guides = (page: Page) =>
  page
    .locator('.result-group > h3 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')))

for (const javaScriptEnabled of [true, false]) {
  describe(`search on a phone, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    const cases = [
      ['a model number', 'DS-7608NI-K2', '/brands/hikvision'],
      ['a misspelt brand', 'dahau', '/brands/dahua'],
      ['a Reolink model', 'RLN8-410', '/brands/reolink'],
    ] as const
    for (const [what, query, guide] of cases) {
      test(`${what} (${query}) from the home page finds ${guide} among the first three`, async () => {
        const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE })
        const page = await context.newPage()
        await page.goto(`${BASE_URL}/`)
        const box = page.locator('main').getByLabel('Search the guides')
        // The box says a model number works (its hint is its description).
        assert.match(
          (await page.locator(`#${await box.getAttribute('aria-describedby')}`).textContent()) ??
            '',
          /model number .*DS-7608NI-K2/i,
        )
        await box.fill(query)
        await page.locator('main').getByRole('button', { name: 'Search' }).click()
        await page.waitForURL(/\/search\?q=/)
        assert.ok(
          (await guides(page)).slice(0, 3).includes(guide),
          `${query}: ${(await guides(page)).join(', ')}`,
        )
        if (query === 'DS-7608NI-K2') {
          assert.ok((await page.getByText('matches Hikvision’s DS-76*').count()) > 0)
          await screenshot(page, `search-model-390-js-${javaScriptEnabled ? 'on' : 'off'}`)
        }
        await context.close()
      })
    }

    test('the header’s search box works from any page and keeps the header small', async () => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE })
      const page = await context.newPage()
      await page.goto(`${BASE_URL}/brands/dahua`)
      const header = page.locator('.site-header')
      assert.ok(
        ((await header.boundingBox())?.height ?? 999) <= 120,
        'the header stays small on a phone',
      )
      await header.getByLabel('Search').fill('hikvsion guid')
      await header.getByRole('button', { name: 'Search' }).click()
      await page.waitForURL(/\/search\?q=hikvsion/)
      assert.equal((await guides(page))[0], '/brands/hikvision')
      // The correction is offered, and the typo's match is marked.
      await page.locator('.did-you-mean').getByRole('link', { name: 'hikvision guid' }).click()
      await page.waitForURL(/\/search\?q=hikvision(%20|\+)guid/)
      assert.deepEqual(await page.locator('.result-group h3 mark').allTextContents(), ['Hikvision'])
      await page.locator('.result-method', { hasText: 'Import the GUID key file' }).first().click()
      await page.getByRole('heading', { level: 1, name: 'Import the GUID key file' }).waitFor()
      await context.close()
    })
  })
}

test('a search that found nothing is counted once for staff, after the page is sent, under its words only', async () => {
  const word = `zqxwv${Date.now().toString(36).replace(/\d/g, '')}`
  const res = await fetch(
    `${BASE_URL}/search?q=${encodeURIComponent(`${word} flurbozzy, +44 1632 960958`)}`,
  )
  assert.equal(res.status, 200)
  assert.match(await res.text(), /Nothing found/)
  const token = await adminToken()
  const key = `${word} flurbozzy`
  const find = async () =>
    (
      await (
        await fetch(
          `${BASE_URL}/api/search-misses?where[query][equals]=${encodeURIComponent(key)}&depth=0`,
          { headers: { Authorization: `JWT ${token}` } },
        )
      ).json()
    ).docs as { count: number }[]
  const deadline = Date.now() + 5000
  while ((await find()).length === 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100))
  await new Promise((r) => setTimeout(r, 300))
  assert.deepEqual(
    (await find()).map((d) => d.count),
    [1],
  )
  // Readers cannot read them.
  assert.equal((await fetch(`${BASE_URL}/api/search-misses`)).status, 403)
})
