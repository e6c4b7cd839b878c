import crypto from 'node:crypto'

import { siteUrl } from './site'

/**
 * The links in a reply e-mail: "This solved it" and "Still stuck". Each is
 * signed with the server's secret over the case, the action, its expiry and a
 * nonce kept on the case; using either link clears the nonce, so each works
 * once, and a new answer issues new links.
 */
export type CaseAction = 'solved' | 'stuck'

export const LINK_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000

const signature = (caseId: string, action: CaseAction, nonce: string, expires: number, secret: string) =>
  crypto.createHmac('sha256', secret).update(`case-link:${caseId}:${action}:${nonce}:${expires}`).digest('base64url')

export const newNonce = () => crypto.randomBytes(16).toString('base64url')

export const caseLink = (caseId: string | number, action: CaseAction, nonce: string, now = Date.now(), secret = process.env.PAYLOAD_SECRET || '') => {
  const expires = now + LINK_LIFETIME_MS
  const params = new URLSearchParams({ case: String(caseId), action, exp: String(expires), sig: signature(String(caseId), action, nonce, expires, secret) })
  return `${siteUrl()}/cases/confirm?${params}`
}

export type LinkCheck = { ok: true; caseId: string; action: CaseAction } | { ok: false; reason: string }

/** Checks a link's parameters against the nonce stored on the case. */
export const checkCaseLink = (
  params: URLSearchParams,
  storedNonce: string | null | undefined,
  now = Date.now(),
  secret = process.env.PAYLOAD_SECRET || '',
): LinkCheck => {
  const caseId = params.get('case') ?? ''
  const action = params.get('action')
  const expires = Number(params.get('exp'))
  const sig = params.get('sig') ?? ''
  if (!caseId || (action !== 'solved' && action !== 'stuck') || !Number.isFinite(expires)) return { ok: false, reason: 'This link is incomplete. Use the link from the e-mail as it is.' }
  if (!storedNonce) return { ok: false, reason: 'This link has already been used. Thank you: your answer was recorded.' }
  const expected = Buffer.from(signature(caseId, action, storedNonce, expires, secret))
  const given = Buffer.from(sig)
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return { ok: false, reason: 'This link is not valid. Use the link from the e-mail as it is.' }
  if (now > expires) return { ok: false, reason: 'This link has expired. Open a new case on the guide if you still need help.' }
  return { ok: true, caseId, action }
}
