import type { CollectionBeforeDeleteHook } from 'payload'

import { DELETING_METHOD } from '@/lib/stepContext'

/**
 * A method's steps, and readers' "did this work?" answers about it, mean
 * nothing without it: they go with it, in the same transaction. Cases that
 * named the method keep their text and lose only the link.
 */
export const deleteDependents: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const where = { method: { equals: id } }
  await req.payload.delete({
    collection: 'steps',
    where,
    overrideAccess: true,
    req,
    context: { [DELETING_METHOD]: true },
  })
  await req.payload.delete({ collection: 'feedback', where, overrideAccess: true, req })
}
