import type { CollectionBeforeChangeHook } from 'payload'

import { isStaff } from '@/access'

/** Whether a comment comes from staff is decided by who is signed in, never by the request body. */
export const markStaff: CollectionBeforeChangeHook = ({ data, operation, req }) =>
  operation === 'create' ? { ...data, staff: isStaff(req.user) } : data
