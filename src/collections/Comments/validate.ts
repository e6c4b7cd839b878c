import type { PayloadRequest } from 'payload'

import { isStaff } from '../../access'

type Args = { req: PayloadRequest; data?: Record<string, unknown> }

/** A reader's message: 20 to 4000 characters. Staff replies may be short. */
export const validateMessage = (value: unknown, { req }: Args): true | string => {
  const text = typeof value === 'string' ? value.trim() : ''
  const min = isStaff(req.user) ? 2 : 20
  if (text.length < min)
    return `Describe your case in at least ${min} characters: what you tried and what happened.`
  if (text.length > 4000) return 'Keep the message under 4000 characters.'
  return true
}
