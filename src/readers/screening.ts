import { createHash } from 'node:crypto'

import type { PayloadRequest } from 'payload'

const LINK = /\b(?:https?:\/\/|www\.)\S+/gi
const MAX_LINKS = 2
const REPEAT_WINDOW_MS = 24 * 60 * 60 * 1000

export const bodyFingerprint = (body: string) =>
  createHash('sha256')
    .update(body.trim().toLowerCase().replace(/\s+/g, ' '))
    .digest('hex')
    .slice(0, 32)

/**
 * A reader's new case: stamped with the message's fingerprint, and held as
 * spam for staff when it carries more than two links or repeats a message the
 * same client sent in the last day. The case's date is the server's (readers
 * cannot set it), so a back-dated copy cannot slip past the window.
 */
export const screenCase = async (
  data: Record<string, unknown>,
  clientHash: string,
  req: PayloadRequest,
) => {
  const fingerprint = bodyFingerprint(String(data.body ?? ''))
  let status = data.status
  if ((String(data.body ?? '').match(LINK) ?? []).length > MAX_LINKS) status = 'spam'
  const { totalDocs } = await req.payload.count({
    collection: 'comments',
    overrideAccess: true,
    req,
    where: {
      and: [
        { ipHash: { equals: clientHash } },
        { fingerprint: { equals: fingerprint } },
        { createdAt: { greater_than: new Date(Date.now() - REPEAT_WINDOW_MS).toISOString() } },
      ],
    },
  })
  if (totalDocs > 0) status = 'spam'
  return { ...data, fingerprint, status }
}
