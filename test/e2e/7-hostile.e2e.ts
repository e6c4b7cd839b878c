import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'

import type { Browser, Page } from 'playwright-core'

import { SUPPORT, supportToken } from './accounts'
import { BASE_URL, launch, signIn } from './browser'

/**
 * Hostile strings stored through the public ways in, approved by support, then
 * shown in Chromium on the public pages and in the admin: none of them may run.
 * Each one, if it ran, would set window.__pwned or open a dialog. The request
 * half of the corpus (no 5xx, clear refusals, nothing stored) is test/int/hostile.test.ts.
 */
const PWNED = 'window.__pwned=1'
const STORED = [
  `<script>${PWNED}</script>`,
  `"><img src=x onerror="${PWNED}">`,
  `<svg onload=${PWNED}>`,
  `<a href="javascript:${PWNED}">open</a>`,
  `</textarea><script>${PWNED}</script>`,
  `<iframe srcdoc="<script>parent.${PWNED}</script>"></iframe>`,
  `<details open ontoggle=${PWNED}>`,
  `javascript:${PWNED}`,
  `{{constructor.constructor("${PWNED}")()}}`,
  // Control characters other than NUL, which no text may hold (refused: test/int/hostile.test.ts).
  '\u202Eevil\u0007 <b>bold</b>',
]

let browser: Browser
let token: string
let brandId: number | string
before(async () => {
  browser = await launch()
  token = await supportToken()
  brandId = (await (await fetch(`${BASE_URL}/api/brands?where[slug][equals]=dahua&depth=0`)).json())
    .docs[0].id
})
after(async () => browser?.close())

const api = async (
  path: string,
  init: { method?: string; body?: unknown; token?: string } = {},
) => {
  const res = await fetch(`${BASE_URL}/api${path}`, {
    method: init.method ?? 'GET',
    headers: {
      'Content-Type': 'application/json',
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  return { status: res.status, body: await res.json() }
}

/** Opens `url` and reports whether anything hostile ran there. */
const ranOn = async (page: Page, url: string) => {
  let dialogs = 0
  page.on('dialog', (dialog) => {
    dialogs++
    void dialog.dismiss()
  })
  await page.goto(url)
  await page.waitForLoadState('networkidle')
  // Click every link a stored string might have become, and open every <details>.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)))
  await page.waitForTimeout(300)
  const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)
  return { pwned, dialogs }
}

describe('stored hostile strings never run', () => {
  const ids: (number | string)[] = []

  before(async () => {
    for (const [i, s] of STORED.entries()) {
      const res = await api('/comments', {
        method: 'POST',
        body: {
          brand: brandId,
          authorName: s.slice(0, 80),
          deviceModel: s.slice(0, 80),
          firmware: s.slice(0, 80),
          body: `Hostile case ${i}: the code was refused. ${s}`,
        },
      })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      ids.push(res.body.doc.id)
      const approved = await api(`/comments/${res.body.doc.id}`, {
        method: 'PATCH',
        token,
        body: { status: 'published' },
      })
      assert.equal(approved.status, 200)
    }
    const reply = await api('/comments', {
      method: 'POST',
      token,
      body: {
        brand: brandId,
        parent: ids[0],
        authorName: 'Support',
        body: `Reply: ${STORED[1]} ${STORED[0]}`,
      },
    })
    assert.equal(reply.status, 201, JSON.stringify(reply.body))
  })

  test('on the brand page and the list of cases, shown as text', async () => {
    for (const url of [`${BASE_URL}/brands/dahua`, `${BASE_URL}/cases?brand=dahua`]) {
      const page = await browser.newPage()
      const { pwned, dialogs } = await ranOn(page, url)
      assert.equal(pwned, undefined, url)
      assert.equal(dialogs, 0, url)
      const text = await page.locator('main').innerText()
      assert.ok(text.includes(`<script>${PWNED}</script>`), `${url} shows the string as text`)
      assert.equal(
        await page
          .locator(
            `main img[src="x"], main svg[onload], main a[href^="javascript:"], main iframe[srcdoc]`,
          )
          .count(),
        0,
        url,
      )
      await page.close()
    }
  })

  test('in the admin, where support reads and answers them', async () => {
    const { context, page } = await signIn(browser, SUPPORT)
    for (const url of [
      `${BASE_URL}/admin/collections/comments`,
      `${BASE_URL}/admin/collections/comments/${ids[0]}`,
      `${BASE_URL}/admin/collections/comments/${ids[1]}`,
    ]) {
      const { pwned, dialogs } = await ranOn(page, url)
      assert.equal(pwned, undefined, url)
      assert.equal(dialogs, 0, url)
    }
    await context.close()
  })

  test('reflected in search, with and without results', async () => {
    for (const s of STORED) {
      const page = await browser.newPage()
      const { pwned, dialogs } = await ranOn(page, `${BASE_URL}/search?q=${encodeURIComponent(s)}`)
      assert.equal(pwned, undefined, s)
      assert.equal(dialogs, 0, s)
      await page.close()
    }
  })

  test('typed into the case form with JavaScript off: received, never run', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const res = await page.goto(`${BASE_URL}/brands/dahua`)
    assert.equal(res?.status(), 200)
    await page.getByLabel('Your name').fill(STORED[0])
    await page.getByLabel('Recorder model').fill(STORED[1].slice(0, 80))
    await page.getByLabel('What happened?').fill(`Through the form: ${STORED.join(' ')}`)
    const [answer] = await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Send my case' }).click(),
    ])
    assert.ok(answer && answer.status() < 500, `answered ${answer?.status()}`)
    await context.close()
  })
})
