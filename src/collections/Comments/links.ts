import type { Payload } from 'payload'

import { checkCaseLink, storedNonces, parseLink, type LinkCheck } from '../../lib/caseLinks'

/** What an e-mail link does to its case; only `useLink` (the page's POST) does it. */
const CHANGES = {
  solved: { caseState: 'resolved' },
  stuck: { caseState: 'open' },
  email: { emailConfirmed: true },
} as const

const caseOf = async (payload: Payload, token: string) => {
  const link = parseLink(token)
  if (!link) return null
  return payload
    .findByID({
      collection: 'comments',
      id: link.caseId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      showHiddenFields: true,
    })
    .catch(() => null)
}

/** Checks a link without changing anything (the page a GET or HEAD shows). */
export const inspectLink = async (payload: Payload, token: string): Promise<LinkCheck> => {
  const kase = await caseOf(payload, token)
  return checkCaseLink(token, kase ? storedNonces(kase.linkNonces) : null)
}

/** Uses a link (the page's POST): changes its case and marks the link used, so it works once. */
export const applyLink = async (payload: Payload, token: string): Promise<LinkCheck> => {
  const kase = await caseOf(payload, token)
  const nonces = kase ? storedNonces(kase.linkNonces) : null
  const check = checkCaseLink(token, nonces)
  if (!kase || !nonces || !check.ok) return check
  await payload.update({
    collection: 'comments',
    id: kase.id,
    overrideAccess: true,
    depth: 0,
    data: {
      ...CHANGES[check.action],
      linkNonces: { ...nonces, used: [...(nonces.used ?? []), check.action] },
    },
  })
  return check
}
