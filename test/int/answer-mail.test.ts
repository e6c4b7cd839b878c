/**
 * Staff answer a case; its author, who asked to be told, gets the answer by
 * e-mail (caught here by a real local SMTP server) with signed, single-use,
 * expiring links. Staff hear of new cases.
 */
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { SMTPServer } from 'smtp-server'

import { PEER_HEADER } from '../../src/lib/clientAddress'
import type { TestContext } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

type Mail = { to: string; raw: string }
const inbox: Mail[] = []
let smtp: SMTPServer
let ctx: TestContext
let api: RestClient
let tokens: Record<string, string | undefined>

const waitForMail = async (to: string, count = 1) => {
  for (let i = 0; i < 100 && inbox.filter((m) => m.to.includes(to)).length < count; i++) await new Promise((r) => setTimeout(r, 50))
  return inbox.filter((m) => m.to.includes(to))
}

/** The message body with quoted-printable soft breaks undone. */
const textOf = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=')

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (c) => (raw += c.toString()))
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const { port } = smtp.server.address() as AddressInfo
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
  process.env.SUPPORT_EMAIL = 'support-team@example.com'
  const { startApi } = await import('../helpers/fixtures')
  ;({ ctx, api, tokens } = await startApi())
})
afterAll(async () => {
  await ctx?.close()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

test('answer e-mail with working single-use links; forged and expired links refused', async () => {
  const opened = await api.post('/comments', {
    headers: { [PEER_HEADER]: '192.0.2.10' },
    body: { authorName: 'Rita', authorEmail: 'rita@example.com', notifyOnReply: true, body: 'The reset button does nothing on my recorder at all.' },
  })
  expect(opened.status).toBe(201)
  const caseId = opened.body.doc.id

  // Staff are told of the new case.
  const staffMail = await waitForMail('support-team@example.com')
  expect(textOf(staffMail[0].raw)).toContain('The reset button does nothing')

  await api.patch(`/comments/${caseId}`, { token: tokens.support, body: { status: 'published' } })
  const answer = 'Hold the button for a full 15 seconds while you plug the power in.'
  const reply = await api.post('/comments', { token: tokens.support, body: { parent: caseId, authorName: 'Sam', body: answer } })
  expect(reply.status).toBe(201)

  const [mail] = await waitForMail('rita@example.com')
  const text = textOf(mail.raw)
  expect(text).toContain(answer)
  const links = [...text.matchAll(/https?:\/\/\S+\/cases\/confirm\?\S+/g)].map((m) => m[0])
  expect(links).toHaveLength(2)
  const solved = links.find((l) => l.includes('action=solved'))!
  const stuck = links.find((l) => l.includes('action=stuck'))!

  const { GET } = await import('../../src/app/(frontend)/cases/confirm/route')
  const open = (link: string) => GET(new Request(link))

  // Forged: the signature does not match.
  const forged = new URL(solved)
  forged.searchParams.set('sig', 'x'.repeat(43))
  expect((await open(forged.toString())).status).toBe(400)
  // Tampered expiry: signature no longer matches either.
  const later = new URL(solved)
  later.searchParams.set('exp', String(Date.now() + 10 ** 12))
  expect((await open(later.toString())).status).toBe(400)

  const used = await open(solved)
  expect(used.status).toBe(303)
  const stored = await ctx.payload.findByID({ collection: 'comments', id: caseId, overrideAccess: true })
  expect(stored.caseState).toBe('resolved')

  // Single use: neither link works again.
  const again = await open(solved)
  expect(again.status).toBe(400)
  expect(await again.text()).toMatch(/already been used/)
  expect((await open(stuck)).status).toBe(400)
  expect((await ctx.payload.findByID({ collection: 'comments', id: caseId, overrideAccess: true })).caseState).toBe('resolved')
})

test('an expired link is refused', async () => {
  const { caseLink, checkCaseLink } = await import('../../src/lib/caseLinks')
  const link = new URL(caseLink(7, 'solved', 'nonce', Date.now() - 15 * 24 * 60 * 60 * 1000))
  const check = checkCaseLink(link.searchParams, 'nonce')
  expect(check).toEqual({ ok: false, reason: expect.stringMatching(/expired/) })
  expect(checkCaseLink(new URL(caseLink(7, 'stuck', 'nonce')).searchParams, 'nonce')).toEqual({ ok: true, caseId: '7', action: 'stuck' })
})

test('no e-mail when the author did not ask, and never an address in public answers', async () => {
  const before = inbox.length
  const opened = await api.post('/comments', {
    headers: { [PEER_HEADER]: '192.0.2.11' },
    body: { authorName: 'Quiet', authorEmail: 'quiet@example.com', notifyOnReply: false, body: 'My DMSS app shows an error code 1001.' },
  })
  await api.post('/comments', { token: tokens.support, body: { parent: opened.body.doc.id, authorName: 'Sam', body: 'Update the app first.' } })
  await new Promise((r) => setTimeout(r, 300))
  expect(inbox.slice(before).filter((m) => m.to.includes('quiet@example.com'))).toHaveLength(0)
  const publicView = await api.get(`/comments?depth=2&limit=100`)
  expect(JSON.stringify(publicView.body)).not.toMatch(/quiet@example\.com|answerNonce/)
})

test('a reader’s e-mail is erased the configured number of days after the case is resolved', async () => {
  const { eraseOldEmails } = await import('../../src/collections/Comments/erase')
  const kase = await ctx.payload.create({
    collection: 'comments',
    overrideAccess: true,
    data: { authorName: 'Old', authorEmail: 'old@example.com', notifyOnReply: true, body: 'An old case that was resolved long ago.', status: 'published', caseState: 'open' },
  })
  await ctx.payload.update({ collection: 'comments', id: kase.id, overrideAccess: true, data: { caseState: 'resolved' } })
  const resolved = await ctx.payload.findByID({ collection: 'comments', id: kase.id, overrideAccess: true })
  expect(resolved.resolvedAt).toBeTruthy()

  expect(await eraseOldEmails(ctx.payload)).toBe(0) // resolved today: kept
  const day = 24 * 60 * 60 * 1000
  // Rita's case from the first test was resolved too.
  expect(await eraseOldEmails(ctx.payload, undefined, Date.now() + 31 * day)).toBe(2)
  const erased = await ctx.payload.findByID({ collection: 'comments', id: kase.id, overrideAccess: true })
  expect(erased.authorEmail ?? null).toBeNull()
  expect(erased.notifyOnReply).toBe(false)
  expect(erased.body).toBe('An old case that was resolved long ago.')
})

test('staff hear of a new case as the reader wrote it; the reader’s answer from the API is masked', async () => {
  const opened = await api.post('/comments', {
    headers: { [PEER_HEADER]: '192.0.2.12' },
    body: { authorName: 'Serial reader', body: 'My recorder with serial C98765432 refuses the reset button.' },
  })
  expect(opened.status).toBe(201)
  expect(opened.body.doc.body).toBe('My recorder with serial [serial number hidden] refuses the reset button.')
  const toldOf = () => inbox.some((m) => m.to.includes('support-team@example.com') && textOf(m.raw).includes('serial C98765432 refuses'))
  for (let i = 0; i < 100 && !toldOf(); i++) await new Promise((r) => setTimeout(r, 50))
  expect(toldOf()).toBe(true)
})
