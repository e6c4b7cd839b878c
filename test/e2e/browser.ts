import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'

import { CHROMIUM_ARGS } from './chromium'

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3000'

export const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.CHROME_PATH, args: CHROMIUM_ARGS })

/** Screenshots are kept as test artifacts (not committed). */
export const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts')

export const screenshot = async (page: Page, name: string) => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })
}

/** A fresh browser context signed in to the admin as `account` (through the login form). */
export const signIn = async (browser: Browser, account: { email: string; password: string }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${BASE_URL}/admin`)
  // The admin redirects to its login on the client: wait for the form, not for the network.
  await page.waitForSelector('#field-email', { timeout: 60_000 })
  await page.fill('#field-email', account.email)
  await page.fill('#field-password', account.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
  return { context, page }
}
