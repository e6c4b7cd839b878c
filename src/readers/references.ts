import type { PayloadRequest } from 'payload'

import { idOf, sameId } from '@/lib/ids'

type Args = { req: PayloadRequest; data?: Record<string, unknown> }

/**
 * Field validators for what a reader's case or answer points at: the method
 * tried must be one of the brand's (or a general one), the step one of that
 * method's. Shared by cases and "did this work?" answers.
 */
export const validateMethod = async (
  value: unknown,
  { req, data }: Args,
): Promise<true | string> => {
  const id = idOf(value)
  if (id === null) return true
  const method = await req.payload
    .findByID({
      collection: 'methods',
      id,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
      select: { brand: true },
    })
    .catch(() => null)
  if (!method) return 'Choose one of the methods listed on this page.'
  const brand = idOf(data?.brand)
  if (idOf(method.brand) !== null && !sameId(method.brand, brand))
    return 'That method belongs to another brand. Choose one of this brand’s methods.'
  return true
}

export const validateStep = async (value: unknown, { req, data }: Args): Promise<true | string> => {
  const id = idOf(value)
  if (id === null) return true
  if (idOf(data?.method) === null) return 'Choose the method first, then the step where it failed.'
  const step = await req.payload
    .findByID({
      collection: 'steps',
      id,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
      select: { method: true },
    })
    .catch(() => null)
  if (!step || !sameId(step.method, data?.method))
    return 'That step is not part of the method you chose.'
  return true
}
