import crypto from 'node:crypto'

import { caseLinkPath } from '../routes'

import { siteUrl } from './site'

/**
 * The links in e-mails about a case: "This solved it" and "Still stuck" in an
 * answer, and "Confirm your address" after a case is opened. Each is signed with
 * the server's secret over the case, the action, its expiry and a nonce of its
 * own kept on the case (`linkNonces`), and works once: using it marks that
 * action used, so "This solved it" and "Still stuck" each work once, in either
 * order. A new answer issues new answer links.
 *
 * A link is a path, `/cases/confirm/<case>.<action>.<expiry>.<signature>`: opening
 * it shows a page with a button; only the button's POST changes the case, so a
 * mail scanner that opens links changes nothing.
 */
export const LINK_ACTIONS = ['solved', 'stuck', 'email'] as const
export type LinkAction = (typeof LINK_ACTIONS)[number]

/** Stored on the case, never readable through any API. */
export type LinkNonces = Partial<Record<LinkAction, string>> & { used?: LinkAction[] }

export const LINK_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000

const signature = (
  caseId: string,
  action: LinkAction,
  nonce: string,
  expires: number,
  secret: string,
) =>
  crypto
    .createHmac('sha256', secret)
    .update(`case-link:${caseId}:${action}:${nonce}:${expires}`)
    .digest('base64url')

export const newNonce = () => crypto.randomBytes(16).toString('base64url')

/** The site-relative address of a link's page. */

export const caseLink = (
  caseId: string | number,
  action: LinkAction,
  nonce: string,
  now = Date.now(),
  secret = process.env.PAYLOAD_SECRET || '',
) => {
  const expires = now + LINK_LIFETIME_MS
  return `${siteUrl()}${caseLinkPath(`${caseId}.${action}.${expires}.${signature(String(caseId), action, nonce, expires, secret)}`)}`
}

export type LinkProblem = 'tampered' | 'used' | 'expired'
export type LinkCheck =
  { ok: true; caseId: string; action: LinkAction } | { ok: false; problem: LinkProblem }

/** A link's parts, or null when it is not one of ours. */
export const parseLink = (token: string) => {
  const match =
    /^([A-Za-z0-9_-]{1,64})\.(solved|stuck|email)\.(\d{1,16})\.([A-Za-z0-9_-]{43})$/.exec(token)
  return match
    ? { caseId: match[1], action: match[2] as LinkAction, expires: Number(match[3]), sig: match[4] }
    : null
}

/** Reads the nonces stored on a case, whatever shape the stored value has. */
export const storedNonces = (value: unknown): LinkNonces => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {}
  const stored = value as Record<string, unknown>
  const nonces: LinkNonces = {}
  for (const action of LINK_ACTIONS)
    if (typeof stored[action] === 'string') nonces[action] = stored[action] as string
  if (Array.isArray(stored.used))
    nonces.used = stored.used.filter((a): a is LinkAction =>
      (LINK_ACTIONS as readonly string[]).includes(a),
    )
  return nonces
}

/** Checks a link against the nonces stored on its case: tampered (or of no case), used, or expired. */
export const checkCaseLink = (
  token: string,
  stored: LinkNonces | null,
  now = Date.now(),
  secret = process.env.PAYLOAD_SECRET || '',
): LinkCheck => {
  const link = parseLink(token)
  const nonce = link && stored?.[link.action]
  if (!link || !nonce) return { ok: false, problem: 'tampered' }
  const expected = Buffer.from(signature(link.caseId, link.action, nonce, link.expires, secret))
  const given = Buffer.from(link.sig)
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given))
    return { ok: false, problem: 'tampered' }
  if (stored?.used?.includes(link.action)) return { ok: false, problem: 'used' }
  if (now > link.expires) return { ok: false, problem: 'expired' }
  return { ok: true, caseId: link.caseId, action: link.action }
}
