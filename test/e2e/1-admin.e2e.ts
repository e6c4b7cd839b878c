import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'

import type { Browser } from 'playwright-core'

import { ADMIN, EDITOR, editorToken } from './accounts'
import { BASE_URL, launch, screenshot } from './browser'

let browser: Browser
before(async () => {
  browser = await launch()
})
after(async () => browser?.close())

test('the home page lists the seeded brands', async () => {
  const res = await fetch(`${BASE_URL}/`)
  assert.equal(res.status, 200)
  const html = await res.text()
  for (const brand of ['Hikvision', 'Dahua', 'Uniview']) assert.match(html, new RegExp(brand))
  const api = await (await fetch(`${BASE_URL}/api/brands?depth=0&limit=100`)).json()
  const names = api.docs.map((b: { name: string }) => b.name)
  for (const brand of ['Hikvision', 'Dahua', 'Uniview'])
    assert.ok(names.includes(brand), `${brand} in /api/brands`)
})

test('/admin offers to create the first user, who becomes admin', async () => {
  const page = await browser.newPage()
  await page.goto(`${BASE_URL}/admin`)
  // The admin redirects on the client: wait for the form, not for the network.
  await page.waitForSelector('#field-email', { timeout: 60_000 })
  assert.match(page.url(), /\/admin\/create-first-user/)
  await page.fill('#field-email', ADMIN.email)
  await page.fill('#field-password', ADMIN.password)
  await page.fill('#field-confirm-password', ADMIN.password)
  await page.fill('#field-name', ADMIN.name)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('create-first-user'), { timeout: 60_000 })
  await page.getByText('Brands').first().waitFor({ timeout: 60_000 })
  await screenshot(page, 'admin-dashboard')
  await page.close()
})

test('an editor logs in and sees the brands list', async () => {
  // The admin creates the editor's account through the REST API.
  await editorToken()

  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${BASE_URL}/admin`)
  await page.waitForSelector('#field-email', { timeout: 60_000 })
  assert.match(page.url(), /\/admin\/login/)
  await page.fill('#field-email', EDITOR.email)
  await page.fill('#field-password', EDITOR.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })

  // More brands than the list's first page holds: show them all.
  await page.goto(`${BASE_URL}/admin/collections/brands?limit=100`)
  const table = page.locator('.table')
  await table.waitFor({ timeout: 60_000 })
  for (const brand of ['Hikvision', 'Dahua', 'Uniview']) {
    await table.getByText(brand, { exact: true }).first().waitFor({ timeout: 30_000 })
  }
  await screenshot(page, 'admin-brands-as-editor')
  await context.close()
})
