import type { CollectionAfterChangeHook, FieldHook, PayloadRequest } from 'payload'

import { isStaff } from '@/access'
import { maskPrivate } from '@/lib/mask'

/** The text fields a reader writes. */
export const MASKED_FIELDS = ['authorName', 'deviceModel', 'firmware', 'body'] as const

type Reading = { overrideAccess?: boolean; req: PayloadRequest; doc?: { staff?: unknown } }

/**
 * The one place that decides who reads a reader's text masked: every read on
 * someone's behalf (REST, GraphQL, the site's Local API reads with
 * `overrideAccess: false`, and so the page) by anyone who is not staff. Staff
 * read the original, and so does trusted server code that reads with
 * `overrideAccess: true`.
 *
 * Staff answers are not masked: staff write them on purpose, and often must
 * name a support phone number, an address or a default IP such as
 * 192.168.1.64. A reader's reset code in a public answer would be a mistake of
 * another kind, which masking would not catch reliably either. A document read
 * without its `staff` flag (a narrow `select`) is masked.
 */
const masksFor = ({ overrideAccess, req, doc }: Reading) =>
  overrideAccess !== true && !isStaff(req.user) && doc?.staff !== true

export const maskForReaders: FieldHook = ({ value, siblingData, req, overrideAccess }) =>
  typeof value === 'string' && masksFor({ overrideAccess, req, doc: siblingData })
    ? maskPrivate(value)
    : value

export const maskedText = { hooks: { afterRead: [maskForReaders] } }

/**
 * Payload hands a write's after-change hooks the document as the writer would
 * read it, so masked; those hooks are trusted code (the staff notice of a new
 * case must carry the serial): first among them, they get back the text just
 * written…
 */
export const showWrittenText: CollectionAfterChangeHook = ({ data, doc }) => {
  const written = Object.fromEntries(
    MASKED_FIELDS.filter((f) => typeof data?.[f] === 'string').map((f) => [f, data[f]]),
  )
  return { ...doc, ...written }
}

/** …and last among them, the answer to the writer is masked again like any read. */
export const maskReturned: CollectionAfterChangeHook = ({ doc, overrideAccess, req }) => {
  if (!masksFor({ overrideAccess, req, doc })) return doc
  const masked = Object.fromEntries(
    MASKED_FIELDS.filter((f) => typeof doc[f] === 'string').map((f) => [f, maskPrivate(doc[f])]),
  )
  return { ...doc, ...masked }
}
