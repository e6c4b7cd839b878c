import { createHash } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

import { isStaff } from '../../../access'

const LINK = /\b(?:https?:\/\/|www\.)\S+/gi
const MAX_LINKS = 2
const REPEAT_WINDOW_MS = 24 * 60 * 60 * 1000

export const bodyFingerprint = (body: string) =>
  createHash('sha256').update(body.trim().toLowerCase().replace(/\s+/g, ' ')).digest('hex').slice(0, 32)

/**
 * A reader's new case: stamped with the client's address hash (never the
 * address) and the message's fingerprint, and held as spam for staff when it
 * carries more than two links or repeats a message from the same client.
 */
export const screenCase: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || isStaff(req.user) || req.context.trustedWrite) return data
  const ipHash = typeof req.context.clientHash === 'string' ? req.context.clientHash : null
  const fingerprint = bodyFingerprint(String(data.body ?? ''))
  let status = data.status
  if ((String(data.body ?? '').match(LINK) ?? []).length > MAX_LINKS) status = 'spam'
  if (ipHash) {
    const { totalDocs } = await req.payload.count({
      collection: 'comments',
      overrideAccess: true,
      req,
      where: {
        and: [
          { ipHash: { equals: ipHash } },
          { fingerprint: { equals: fingerprint } },
          { createdAt: { greater_than: new Date(Date.now() - REPEAT_WINDOW_MS).toISOString() } },
        ],
      },
    })
    if (totalDocs > 0) status = 'spam'
  }
  return { ...data, ipHash, fingerprint, status }
}
