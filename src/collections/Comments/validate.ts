import type { PayloadRequest } from 'payload'

import { isStaff } from '../../access'
import { idOf, sameId } from '../../fields/ids'

type Args = { req: PayloadRequest; data?: Record<string, unknown> }

/** A reader's message: 20 to 4000 characters. Staff replies may be short. */
export const validateMessage = (value: unknown, { req }: Args): true | string => {
  const text = typeof value === 'string' ? value.trim() : ''
  const min = isStaff(req.user) ? 2 : 20
  if (text.length < min) return `Describe your case in at least ${min} characters: what you tried and what happened.`
  if (text.length > 4000) return 'Keep the message under 4000 characters.'
  return true
}

/** The method tried must be one of this brand's methods, or a general one. */
export const validateMethod = async (value: unknown, { req, data }: Args): Promise<true | string> => {
  const id = idOf(value)
  if (id === null) return true
  const method = await req.payload
    .findByID({ collection: 'methods', id, depth: 0, req, overrideAccess: true, disableErrors: true, select: { brand: true } })
    .catch(() => null)
  if (!method) return 'Choose one of the methods listed on this page.'
  const brand = idOf(data?.brand)
  if (idOf(method.brand) !== null && !sameId(method.brand, brand)) return 'That method belongs to another brand. Choose one of this brand’s methods.'
  return true
}

/** The step must belong to the method tried. */
export const validateStep = async (value: unknown, { req, data }: Args): Promise<true | string> => {
  const id = idOf(value)
  if (id === null) return true
  if (idOf(data?.method) === null) return 'Choose the method first, then the step where it failed.'
  const step = await req.payload
    .findByID({ collection: 'steps', id, depth: 0, req, overrideAccess: true, disableErrors: true, select: { method: true } })
    .catch(() => null)
  if (!step || !sameId(step.method, data?.method)) return 'That step is not part of the method you chose.'
  return true
}
