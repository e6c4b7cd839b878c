import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'

import type { Browser } from 'playwright-core'

import { SUPPORT, supportToken } from './accounts'
import { BASE_URL, launch, screenshot, signIn } from './browser'
import { mailTo } from './mail'

let browser: Browser

/** The first message caught for `to` that `matches`, waiting for it to arrive (the mail queue sends within moments). */
const mailFor = async (to: string, matches: (mail: string) => boolean) => {
  for (let i = 0; i < 200; i++) {
    const mail = mailTo(to).find(matches)
    if (mail) return mail
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`no matching e-mail to ${to} arrived`)
}
before(async () => {
  browser = await launch()
})
after(async () => browser?.close())

test('a case from a reader without JavaScript, approved and answered by support in the admin, solved from the e-mail', async () => {
  // Lowercase letters only: unique on the run's fresh database, and never anything the masking hides.
  const marker = 'caseflowreader'
  const email = `${marker}@example.com`
  const answer = `Hold the button a full 15 seconds while plugging the power in (${marker}).`

  // 1. The reader opens a case on the Dahua guide with JavaScript off.
  const reader = await browser.newContext({ javaScriptEnabled: false })
  const page = await reader.newPage()
  await page.goto(`${BASE_URL}/brands/dahua`)
  await page.getByLabel('Your name').fill(`Reader ${marker}`)
  await page.getByLabel('E-mail (optional, never shown)').fill(email)
  await page.getByLabel('Recorder model').fill('DHI-NVR4104')
  await page.getByLabel('Method you tried').selectOption({ label: 'Mainboard reset button' })
  await page
    .getByLabel('What happened?')
    .fill(`I held the mainboard button but the password stayed the same (${marker}).`)
  await page.getByRole('button', { name: 'Send my case' }).click()
  await page.getByRole('heading', { name: /awaits moderation/ }).waitFor()

  // 1b. Answers are mailed only to a confirmed address: the reader confirms it from the e-mail's link and page.
  const confirm = (await mailFor(email, (m) => m.includes('/cases/confirm/'))).match(
    /https?:\/\/\S+\/cases\/confirm\/\S+/,
  )?.[0]
  assert.ok(confirm, 'the confirmation mail has a link')
  await page.goto(confirm)
  await page.getByRole('button', { name: 'Confirm my address' }).click()
  await page.getByRole('heading', { name: /address is confirmed/ }).waitFor()

  // 2. Support approves it and answers it in the admin.
  const token = await supportToken()
  const found = await fetch(
    `${BASE_URL}/api/comments?where[authorName][equals]=${encodeURIComponent(`Reader ${marker}`)}&depth=0&limit=1`,
    {
      headers: { Authorization: `JWT ${token}` },
    },
  )
  const caseId = ((await found.json()) as { docs: { id: number | string }[] }).docs[0]?.id
  assert.ok(caseId !== undefined, 'the case is stored')
  const { context: staff, page: admin } = await signIn(browser, SUPPORT)
  await admin.goto(`${BASE_URL}/admin/collections/comments`)
  await admin.getByRole('link', { name: 'Pending moderation' }).click()
  // The quick view lists the case; its page is opened by its address, not by a click that a
  // list still re-rendering after the filter can swallow.
  await admin.getByRole('link', { name: `Reader ${marker}` }).waitFor({ timeout: 30_000 })
  await admin.goto(`${BASE_URL}/admin/collections/comments/${caseId}`)
  await admin.waitForSelector('#field-authorName', { timeout: 60_000 })
  await admin.locator('#field-status .react-select').click()
  await admin.locator('.rs__option', { hasText: /^published$/ }).click()
  await admin.getByRole('button', { name: 'Save', exact: true }).click()
  await admin.getByText('Updated successfully').first().waitFor({ timeout: 30_000 })

  // A case has no Parent field (nor its "+"): the one place to answer is "Add new" under Replies,
  // whose drawer asks only for the message; the reply is signed with the account's name.
  assert.equal(await admin.locator('#field-parent').count(), 0)
  await admin.locator('.relationship-table__add-new').click()
  const drawer = admin.locator('.drawer--is-open').last()
  await drawer.locator('#field-body').fill(answer)
  for (const caseOnly of ['brand', 'method', 'authorEmail', 'deviceModel', 'caseState'])
    assert.equal(await drawer.locator(`#field-${caseOnly}`).count(), 0, `no ${caseOnly} in a reply`)
  await drawer.getByRole('button', { name: 'Save', exact: true }).click()
  await admin.getByText(answer).first().waitFor({ timeout: 30_000 })
  await screenshot(admin, 'admin-case-answered')
  await staff.close()

  // 3. The reader's mail, caught by the local SMTP server, holds the answer and the links.
  const mail = await mailFor(email, (m) => m.includes(answer))
  const solved = mail.match(/This solved it: (https?:\/\/\S+\/cases\/confirm\/\S+)/)?.[1]
  assert.ok(solved, 'the mail has a "This solved it" link')

  // 4. "This solved it" (the link's page, then its button), then the page shows the case answered and resolved.
  await page.goto(solved)
  await page.getByRole('button', { name: 'Yes, this solved it' }).click()
  await page.getByRole('heading', { name: /marked resolved/ }).waitFor()
  await page.goto(solved)
  await page.getByRole('heading', { name: 'This link has already been used' }).waitFor()
  const item = page.locator('.case', { hasText: `Reader ${marker}` })
  const deadline = Date.now() + 2000
  do {
    await page.goto(`${BASE_URL}/brands/dahua#cases`)
  } while (!(await item.getByText('Resolved').count()) && Date.now() < deadline)
  await item.getByText('Resolved').waitFor()
  await item.getByText(answer).waitFor()
  await item.locator('.reply.staff', { hasText: SUPPORT.name }).waitFor()
  await screenshot(page, 'case-resolved')
  await reader.close()
})
