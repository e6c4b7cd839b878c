/**
 * A model number in the case form names its brand (src/components/ModelHint.tsx,
 * src/queries/models.ts): as the reader types with JavaScript, and in the form
 * shown again after a post without it. Each brand's form gives its own model as
 * the example, never another brand's.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'

import type { Browser } from 'playwright-core'

import { BASE_URL, launch, screenshot } from './browser'

let browser: Browser
before(async () => {
  browser = await launch()
})
after(async () => browser?.close())

const PHONE = { width: 390, height: 844 }

describe('model numbers in the case form', () => {
  test('each brand’s form gives its own model as the example; the general guide names none', async () => {
    const page = await browser.newPage({ viewport: PHONE })
    try {
      await page.goto(`${BASE_URL}/brands/dahua`)
      const dahuaHint = await page.locator('#case-deviceModel-hint').textContent()
      assert.match(dahuaHint ?? '', /XVR4104C-X/)
      assert.doesNotMatch(dahuaHint ?? '', /DS-7/, 'no Hikvision model in Dahua’s form')
      await page.goto(`${BASE_URL}/brands/hikvision`)
      assert.match(
        (await page.locator('#case-deviceModel-hint').textContent()) ?? '',
        /DS-7616NI-E2/,
      )
      await page.goto(`${BASE_URL}/guide`)
      assert.doesNotMatch(
        (await page.locator('#case-deviceModel-hint').textContent()) ?? '',
        /for example/,
      )
    } finally {
      await page.close()
    }
  })

  test('with JavaScript: typing another brand’s model leads to that brand’s guide; its own model says so', async () => {
    const page = await browser.newPage({ viewport: PHONE })
    try {
      await page.goto(`${BASE_URL}/brands/dahua`)
      const field = page.locator('#case-deviceModel')
      await field.fill('DS-7608NI-K2')
      const hint = page.locator('#case-deviceModel-match')
      await hint.getByText('looks like a Hikvision model').waitFor({ timeout: 10_000 })
      assert.equal(
        await hint.getByRole('link', { name: 'Hikvision guide' }).getAttribute('href'),
        '/brands/hikvision',
      )
      assert.match(
        (await field.getAttribute('aria-describedby')) ?? '',
        /case-deviceModel-match/,
        'the hint is tied to the field',
      )
      await screenshot(page, 'model-hint-phone')
      await field.fill('DH-XVR4104C-X')
      await hint.getByText('is a Dahua model').waitFor({ timeout: 10_000 })
      await field.fill('not a model')
      await page.waitForFunction(
        () => !document.querySelector('#case-deviceModel-match')?.textContent,
        undefined,
        { timeout: 10_000 },
      )
    } finally {
      await page.close()
    }
  })

  test('without JavaScript: the form shown again with its errors names the model’s brand', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    try {
      await page.goto(`${BASE_URL}/brands/dahua`)
      await page.fill('#case-authorName', 'Model reader')
      await page.fill('#case-deviceModel', 'RLN8-410')
      // No message: the form comes back with an error, and with what the model says.
      await page.locator('#case-form button[type="submit"]').click()
      await page.locator('.error-summary').waitFor({ timeout: 10_000 })
      const hint = page.locator('#case-deviceModel-match')
      assert.match((await hint.textContent()) ?? '', /RLN8-410 looks like a Reolink model/)
      assert.equal(
        await hint.getByRole('link', { name: 'Reolink guide' }).getAttribute('href'),
        '/brands/reolink',
      )
    } finally {
      await context.close()
    }
  })
})
