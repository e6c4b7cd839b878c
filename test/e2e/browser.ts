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
