import {
  type CollectionBeforeValidateHook,
  type FieldHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { isStaff } from '@/access'
import { idOf, sameId } from '@/lib/ids'

/**
 * Replies: only staff write them, always under a case (never under another
 * reply), and a comment never changes between case and reply. A reader's
 * case comes from the public form; a staff reply from "Add new" under the
 * case's Replies in the admin, with only what a reply needs.
 */

const WHERE_TO_ANSWER =
  'To answer a case, open it in the admin (Support → Cases) and use “Add new” under Replies.'

const refuse = (req: PayloadRequest, message: string): never => {
  throw new ValidationError(
    { collection: 'comments', errors: [{ path: 'parent', message }] },
    req.t,
  )
}

/**
 * On the `parent` field: once written, a comment stays a case or a reply under
 * the same case. (That a reader never writes `parent` at all is the readers'
 * pipeline's rule, src/readers/fields.ts.)
 */
export const repliesStayPut: FieldHook = ({
  value,
  operation,
  originalDoc,
  overrideAccess,
  req,
}) => {
  if (overrideAccess) return value
  const before = idOf(originalDoc?.parent)
  if (
    operation === 'update' &&
    value !== undefined &&
    (idOf(value) === null ? before !== null : !sameId(value, before))
  ) {
    refuse(req, 'A reply stays under the case it answers, and a case cannot become a reply.')
  }
  return value
}

/**
 * After the shape check (so the parent is a well-formed id of a comment that
 * exists): a staff-written comment must answer a case; a reply takes its
 * brand from its case and, from staff, its author's name from the account.
 */
export const repliesAnswerCases: CollectionBeforeValidateHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data) return data
  const parentId = idOf(data.parent)
  if (parentId === null) {
    if (isStaff(req.user)) refuse(req, `Staff do not open cases. ${WHERE_TO_ANSWER}`)
    return data
  }
  const kase = await req.payload.findByID({
    collection: 'comments',
    id: parentId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { parent: true, brand: true },
    req,
  })
  if (!kase) return refuse(req, `There is no such case. ${WHERE_TO_ANSWER}`)
  if (idOf(kase.parent) !== null)
    refuse(req, `That is a reply, not a case: answer the case it belongs to. ${WHERE_TO_ANSWER}`)
  const name = isStaff(req.user) ? String((req.user as { name?: unknown }).name ?? '').trim() : ''
  return {
    ...data,
    brand: idOf(kase.brand),
    method: null,
    step: null,
    ...(isStaff(req.user) ? { authorName: name || 'Support' } : {}),
  }
}
