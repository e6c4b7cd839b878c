import type { CollectionBeforeChangeHook } from 'payload'

import { isStaff } from '../../../access'

/**
 * Whether a comment comes from staff is decided by who is signed in, never by
 * the request body. A staff reply is published at once; a reader's case waits
 * for moderation (the field default).
 */
export const markStaff: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const fromStaff = isStaff(req.user)
  return {
    ...data,
    staff: fromStaff,
    ...(fromStaff && !data.status ? { status: 'published' } : {}),
  }
}
