/**
 * E-mail about readers' cases, caught by a real local SMTP server: the reader
 * confirms the address first; staff answer; the answer's links show a page
 * whose button alone changes the case, each link once. Every mail leaves from
 * the job queue after the write, so a slow or failing mail server never slows
 * or fails a write, and a failed mail is retried.
 */
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type React from 'react'
import { SMTPServer } from 'smtp-server'

import { PEER_HEADER } from '../../src/lib/clientAddress'
import type { TestContext } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

type Mail = { to: string; raw: string }
const inbox: Mail[] = []
/** How the SMTP server behaves: answers at once, after a delay, or refuses every message. */
const smtpMode = { delayMs: 0, refuse: false, refused: 0 }
let smtp: SMTPServer
let ctx: TestContext
let api: RestClient
let tokens: Record<string, string | undefined>
let seq = 0

const PUBLIC_URL = 'https://help.resethub.example'

/** The message body with quoted-printable soft breaks undone. */
const textOf = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=')

const waitForMail = async (
  to: string,
  matches: (text: string) => boolean = () => true,
  seconds = 10,
) => {
  for (let i = 0; i < seconds * 20; i++) {
    const found = inbox
      .filter((m) => m.to.includes(to))
      .map((m) => textOf(m.raw))
      .find(matches)
    if (found) return found
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`no matching mail to ${to}`)
}
const mailsTo = (to: string) => inbox.filter((m) => m.to.includes(to)).map((m) => textOf(m.raw))
const linkIn = (text: string, label?: string) =>
  (label
    ? new RegExp(`${label}: (https?://\\S+/cases/confirm/\\S+)`).exec(text)?.[1]
    : /https?:\/\/\S+\/cases\/confirm\/\S+/.exec(text)?.[0]) ?? ''
const tokenOf = (link: string) => decodeURIComponent(new URL(link).pathname.split('/').pop()!)

/** The text of a rendered server component's element tree. */
const textOfTree = (node: unknown): string => {
  if (typeof node === 'string' || typeof node === 'number') return String(node)
  if (Array.isArray(node)) return node.map(textOfTree).join(' ')
  if (node && typeof node === 'object' && 'props' in node)
    return textOfTree((node as React.ReactElement<{ children?: unknown }>).props.children)
  return ''
}

/** What GET (or HEAD) of a link shows: the page's words (it changes nothing). */
const openLink = async (link: string) => {
  const { default: Page } = await import('../../src/app/(frontend)/cases/confirm/[token]/page')
  return textOfTree(await Page({ params: Promise.resolve({ token: tokenOf(link) }) }))
}

/** The page's button: the form POST, through the server action. Returns where it redirects. */
const pressButton = async (link: string) => {
  const { followCaseLink } = await import('@/actions/followCaseLink')
  const form = new FormData()
  form.set('token', tokenOf(link))
  try {
    await followCaseLink(form)
  } catch (error) {
    const digest = String((error as { digest?: string }).digest)
    if (digest.startsWith('NEXT_REDIRECT')) return digest.split(';')[2]
    throw error
  }
  throw new Error('no redirect')
}

const stored = (id: number | string) =>
  ctx.payload.findByID({ collection: 'comments', id, overrideAccess: true, showHiddenFields: true })

const openCase = async (email: string, notifyOnReply = true) => {
  const opened = await api.post('/comments', {
    headers: { [PEER_HEADER]: `192.0.2.${++seq}` },
    body: {
      authorName: `Reader ${seq}`,
      authorEmail: email,
      notifyOnReply,
      body: `The reset button does nothing on recorder number ${'ABCDEFGH'[seq % 8]}.`,
    },
  })
  expect(opened.status).toBe(201)
  return opened.body.doc.id as number | string
}
const answer = (caseId: number | string, body: string) =>
  api.post('/comments', {
    token: tokens.support,
    body: { parent: caseId, authorName: 'Sam', body },
  })

/** A case whose author confirmed the address, published. */
const confirmedCase = async (email: string) => {
  const id = await openCase(email)
  expect(await pressButton(linkIn(await waitForMail(email, (t) => t.includes('Confirm'))))).toBe(
    '/cases/received?confirmed=email',
  )
  await api.patch(`/comments/${id}`, { token: tokens.support, body: { status: 'published' } })
  return id
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onMailFrom(_address, _session, callback) {
      if (!smtpMode.refuse) return callback()
      smtpMode.refused++
      const error = new Error('Try again later') as Error & { responseCode: number }
      error.responseCode = 451
      callback(error)
    },
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (c) => (raw += c.toString()))
      stream.on('end', () => {
        setTimeout(() => {
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw })
          callback()
        }, smtpMode.delayMs)
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const { port } = smtp.server.address() as AddressInfo
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
  process.env.SUPPORT_EMAIL = 'support-team@example.com'
  process.env.MAIL_RETRY_DELAY_MS = '300'
  const { startApi } = await import('../helpers/fixtures')
  ;({ ctx, api, tokens } = await startApi())
  // Set once the config is built, so Payload's serverURL stays empty (its own reset link would be relative): every link must still come from PUBLIC_URL.
  process.env.PUBLIC_URL = PUBLIC_URL
})
afterAll(async () => {
  await ctx?.close()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

test('answers are mailed only to an address its reader confirmed, from a single-use link whose GET changes nothing', async () => {
  const email = 'rita@example.com'
  const caseId = await openCase(email)
  // Staff are told of the new case.
  expect(
    await waitForMail('support-team@example.com', (t) => t.includes('recorder number')),
  ).toContain(`${PUBLIC_URL}/admin/collections/comments/`)

  const confirmation = await waitForMail(email, (t) => t.includes('Confirm'))
  const confirm = linkIn(confirmation)
  expect(confirm.startsWith(`${PUBLIC_URL}/cases/confirm/`)).toBe(true)

  // Not confirmed yet: an answer is not mailed.
  await api.patch(`/comments/${caseId}`, { token: tokens.support, body: { status: 'published' } })
  expect((await answer(caseId, 'A first answer before the address is confirmed.')).status).toBe(201)
  await new Promise((r) => setTimeout(r, 500))
  expect(mailsTo(email).filter((t) => t.includes('first answer'))).toHaveLength(0)

  // Opening the link (GET or HEAD, as a mail scanner does) shows the page and its button, and changes nothing.
  const shown = await openLink(confirm)
  expect(shown).toContain('Confirm my address')
  await openLink(confirm)
  expect((await stored(caseId)).emailConfirmed).toBe(false)
  // The button's POST confirms it, and redirects to a site-relative address.
  expect(await pressButton(confirm)).toBe('/cases/received?confirmed=email')
  expect((await stored(caseId)).emailConfirmed).toBe(true)
  expect(await openLink(confirm)).toContain('already been used')

  const body = 'Hold the button for a full 15 seconds while you plug the power in.'
  expect((await answer(caseId, body)).status).toBe(201)
  const mail = await waitForMail(email, (t) => t.includes(body))
  const solved = linkIn(mail, 'This solved it')
  const stuck = linkIn(mail, 'Still stuck')
  expect(
    solved.startsWith(`${PUBLIC_URL}/cases/confirm/`) &&
      stuck.startsWith(`${PUBLIC_URL}/cases/confirm/`),
  ).toBe(true)

  expect(await openLink(solved)).toContain('Yes, this solved it')
  expect((await stored(caseId)).caseState).toBe('answered')
  expect(await pressButton(solved)).toBe('/cases/received?confirmed=solved')
  expect((await stored(caseId)).caseState).toBe('resolved')
  expect(await openLink(solved)).toContain('already been used')
  // Pressing a used link's button again changes nothing and leads back to its page.
  expect(await pressButton(solved)).toBe(new URL(solved).pathname)

  // "Still stuck" after "This solved it" reopens the case; then it too is used.
  expect(await openLink(stuck)).toContain('reopen my case')
  expect(await pressButton(stuck)).toBe('/cases/received?confirmed=stuck')
  expect((await stored(caseId)).caseState).toBe('open')
  expect(await openLink(stuck)).toContain('already been used')
})

test('a tampered, forged or expired link gets its own page, with a way back', async () => {
  const { caseLink, storedNonces } = await import('../../src/lib/caseLinks')
  const caseId = await confirmedCase('tess@example.com')
  await answer(caseId, 'Try the SADP tool to export the key file.')
  const solved = linkIn(
    await waitForMail('tess@example.com', (t) => t.includes('SADP')),
    'This solved it',
  )

  const tampered = solved.replace(
    /\.solved\.(\d+)\./,
    (_, exp: string) => `.solved.${Number(exp) + 1}.`,
  )
  const forged = solved.replace(/\.[A-Za-z0-9_-]{43}$/, `.${'x'.repeat(43)}`)
  const wrongCase = solved.replace(/\/confirm\/[^.]+\./, '/confirm/999999.')
  for (const link of [tampered, forged, wrongCase, `${PUBLIC_URL}/cases/confirm/nonsense`]) {
    const page = await openLink(link)
    expect(page).toContain('This link is not valid')
    expect(page).toContain('back to ResetHub')
  }
  const nonce = storedNonces((await stored(caseId)).linkNonces).solved!
  const expired = caseLink(caseId, 'solved', nonce, Date.now() - 15 * 24 * 60 * 60 * 1000)
  expect(await openLink(expired)).toContain('This link has expired')
  expect(await pressButton(expired)).toBe(new URL(expired).pathname)
  expect((await stored(caseId)).caseState).toBe('answered')
})

test('a mail server answering in 6 s slows no write: the reply and an unrelated PATCH answer at once, the mail arrives later', async () => {
  const caseId = await confirmedCase('slow@example.com')
  const other = await openCase('other@example.com', false)
  smtpMode.delayMs = 6000
  try {
    const started = performance.now()
    const [reply, patch] = await Promise.all([
      answer(caseId, 'An answer sent while the mail server is slow.'),
      api.patch(`/comments/${other}`, { token: tokens.support, body: { status: 'published' } }),
    ])
    const elapsed = performance.now() - started
    expect([reply.status, patch.status]).toEqual([201, 200])
    expect(elapsed).toBeLessThan(3000) // the mail server alone takes 6 s
    expect(
      mailsTo('slow@example.com').filter((t) => t.includes('while the mail server is slow')),
    ).toHaveLength(0)
    // A further write while the mail is still on its way.
    expect(
      (
        await api.patch(`/comments/${other}`, {
          token: tokens.support,
          body: { deviceModel: 'DS-7608' },
        })
      ).status,
    ).toBe(200)
    await waitForMail('slow@example.com', (t) => t.includes('while the mail server is slow'), 20)
  } finally {
    smtpMode.delayMs = 0
  }
})

test('a mail server that refuses fails no write; the mail is retried and delivered once it accepts again', async () => {
  const caseId = await confirmedCase('retry@example.com')
  smtpMode.refuse = true
  try {
    expect((await answer(caseId, 'An answer sent while the mail server refuses.')).status).toBe(201)
    for (let i = 0; i < 200 && smtpMode.refused < 2; i++)
      await new Promise((r) => setTimeout(r, 50))
    expect(smtpMode.refused).toBeGreaterThanOrEqual(2) // the first try and a retry, both refused
  } finally {
    smtpMode.refuse = false
  }
  await waitForMail('retry@example.com', (t) => t.includes('while the mail server refuses'), 30)
})

test('the password-reset mail carries an absolute link built from PUBLIC_URL; known and unknown addresses answer alike in time', async () => {
  const ask = async (email: string) => {
    const started = performance.now()
    const response = await api.post('/users/forgot-password', {
      headers: { [PEER_HEADER]: `198.51.100.${++seq}` },
      body: { email },
    })
    return { status: response.status, ms: performance.now() - started }
  }
  const known = await ask('editor@example.com')
  expect(known.status).toBe(200)
  const mail = await waitForMail('editor@example.com', (t) => t.includes('/admin/reset/'))
  expect(mail).toMatch(
    new RegExp(`href="${PUBLIC_URL.replace(/\./g, '\\.')}/admin/reset/[A-Za-z0-9]+"`),
  )

  const unknown = await ask('nobody-here@example.com')
  expect(unknown.status).toBe(200)
  const times = { known: [known.ms], unknown: [unknown.ms] }
  for (let i = 0; i < 2; i++) {
    times.known.push((await ask('admin@example.com')).ms)
    times.unknown.push((await ask(`nobody-${i}@example.com`)).ms)
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]
  // Both wait out the same floor; a generous margin, not an absolute time.
  expect(Math.abs(median(times.known) - median(times.unknown))).toBeLessThan(
    0.5 * median(times.unknown),
  )
})

test('no e-mail when the author did not ask, and never an address or a link nonce in public answers', async () => {
  const caseId = await openCase('quiet@example.com', false)
  await answer(caseId, 'Update the app first.')
  await new Promise((r) => setTimeout(r, 500))
  expect(mailsTo('quiet@example.com')).toHaveLength(0)
  const publicView = await api.get(`/comments?depth=2&limit=100`)
  expect(JSON.stringify(publicView.body)).not.toMatch(
    /quiet@example\.com|linkNonces|emailConfirmed/,
  )
})

test('without SMTP_URL a message is logged whole, an HTML-only one too, links visible', async () => {
  const { deliver } = await import('../../src/email/transport')
  const logged: unknown[] = []
  const logger = { warn: (entry: unknown) => logged.push(entry) }
  await deliver(
    { logger } as never,
    {
      to: 'a@example.com',
      subject: 'Reset',
      html: '<p>Choose a new password: <a href="https://x.example/admin/reset/abc">here</a></p>',
    },
    '',
  )
  expect(logged[0]).toMatchObject({
    to: 'a@example.com',
    subject: 'Reset',
    text: 'Choose a new password: here (https://x.example/admin/reset/abc)',
    html: expect.stringContaining('href="https://x.example/admin/reset/abc"'),
  })
})

test('a reader’s e-mail is erased the configured number of days after the case is resolved', async () => {
  const { eraseOldEmails } = await import('../../src/collections/Comments/erase')
  const kase = await ctx.payload.create({
    collection: 'comments',
    overrideAccess: true,
    data: {
      authorName: 'Old',
      authorEmail: 'old@example.com',
      notifyOnReply: true,
      body: 'An old case that was resolved long ago.',
      status: 'published',
      caseState: 'open',
    },
  })
  await ctx.payload.update({
    collection: 'comments',
    id: kase.id,
    overrideAccess: true,
    data: { caseState: 'resolved' },
  })
  const resolved = await stored(kase.id)
  expect(resolved.resolvedAt).toBeTruthy()

  const day = 24 * 60 * 60 * 1000
  expect(await eraseOldEmails(ctx.payload)).toBe(0) // resolved today: kept
  expect(
    await eraseOldEmails(ctx.payload, undefined, Date.now() + 31 * day),
  ).toBeGreaterThanOrEqual(1)
  const erased = await stored(kase.id)
  expect(erased.authorEmail ?? null).toBeNull()
  expect(erased.notifyOnReply).toBe(false)
  expect(erased.emailConfirmed).toBe(false)
  expect(erased.body).toBe('An old case that was resolved long ago.')
})

test('staff hear of a new case as the reader wrote it; the reader’s answer from the API is masked', async () => {
  const opened = await api.post('/comments', {
    headers: { [PEER_HEADER]: '192.0.2.12' },
    body: {
      authorName: 'Serial reader',
      body: 'My recorder with serial C98765432 refuses the reset button.',
    },
  })
  expect(opened.status).toBe(201)
  expect(opened.body.doc.body).toBe(
    'My recorder with serial [serial number hidden] refuses the reset button.',
  )
  const toldOf = () =>
    inbox.some(
      (m) =>
        m.to.includes('support-team@example.com') &&
        textOf(m.raw).includes('serial C98765432 refuses'),
    )
  for (let i = 0; i < 100 && !toldOf(); i++) await new Promise((r) => setTimeout(r, 50))
  expect(toldOf()).toBe(true)
})

test('new cases set off the erasure of old addresses once an hour, not once per case', async () => {
  // A first case takes this hour's erasure (unless an earlier one did): once the staff's mail about
  // it is out, so is that erasure. With no days to keep, a case resolved after it is due at once,
  // yet the next new case within the hour must not erase it.
  const first = await api.post('/comments', {
    headers: { [PEER_HEADER]: '192.0.2.76' },
    body: { authorName: 'First reader', body: 'The reset code is refused, model 76.' },
  })
  expect(first.status).toBe(201)
  await waitForMail('support-team@example.com', (text) => text.includes('model 76'))
  process.env.ERASE_EMAILS_AFTER_DAYS = '0'
  try {
    const old = await ctx.payload.create({
      collection: 'comments',
      overrideAccess: true,
      data: {
        authorName: 'Resolved',
        authorEmail: 'resolved@example.com',
        notifyOnReply: true,
        body: 'A case resolved a moment ago.',
        status: 'published',
        caseState: 'open',
      },
    })
    await ctx.payload.update({
      collection: 'comments',
      id: old.id,
      overrideAccess: true,
      data: { caseState: 'resolved' },
    })
    const opened = await api.post('/comments', {
      headers: { [PEER_HEADER]: '192.0.2.77' },
      body: {
        authorName: 'Next reader',
        body: 'The recorder asks for a code I do not have, model 77.',
      },
    })
    expect(opened.status).toBe(201)
    // The mail queue runs an erasure queued with a case before the staff's mail about it.
    await waitForMail('support-team@example.com', (text) => text.includes('model 77'))
    expect((await stored(old.id)).authorEmail).toBe('resolved@example.com')
  } finally {
    delete process.env.ERASE_EMAILS_AFTER_DAYS
  }
})
