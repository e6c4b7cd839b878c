import type { FieldHook } from 'payload'

import { isStaff } from '../../../access'
import { maskPrivate } from '../../../lib/mask'

/**
 * The one place that decides who reads a reader's text masked: every read on
 * someone's behalf (REST, GraphQL, the site's Local API reads with
 * `overrideAccess: false`, and so the page) by anyone who is not staff. Staff
 * read the original, and so does trusted server code that reads with
 * `overrideAccess: true` (the answer e-mail, the moderation notice).
 *
 * Staff answers are not masked: staff write them on purpose, and often must
 * name a support phone number, an address or a default IP such as
 * 192.168.1.64. A reader's reset code in a public answer would be a mistake of
 * another kind, which masking would not catch reliably either. A document read
 * without its `staff` flag (a narrow `select`) is masked.
 */
export const maskForReaders: FieldHook = ({ value, siblingData, req, overrideAccess }) => {
  if (typeof value !== 'string' || overrideAccess === true || isStaff(req.user)) return value
  if ((siblingData as { staff?: unknown } | undefined)?.staff === true) return value
  return maskPrivate(value)
}

/** For the text fields a reader writes. */
export const maskedText = { hooks: { afterRead: [maskForReaders] } }
