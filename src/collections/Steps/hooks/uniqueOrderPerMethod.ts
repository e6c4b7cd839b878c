import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { idOf } from '@/lib/ids'
import { REORDERING_STEPS } from '@/lib/stepContext'

/** Step numbers are unique within a method, so the order readers follow is never ambiguous. */
export const uniqueOrderPerMethod: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  collection,
  context,
}) => {
  // A reorder renumbers every step in one transaction; numbers clash only halfway through.
  if (context[REORDERING_STEPS]) return data
  const method = idOf(data.method !== undefined ? data.method : originalDoc?.method)
  const order = data.order ?? originalDoc?.order
  if (method === null || typeof order !== 'number') return data

  const { totalDocs } = await req.payload.count({
    collection: 'steps',
    where: {
      and: [
        { method: { equals: method } },
        { order: { equals: order } },
        ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    req,
    overrideAccess: true,
  })
  if (totalDocs > 0) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'order',
          message: `This method already has a step number ${order}. Choose another number.`,
        },
      ],
    })
  }
  return data
}
