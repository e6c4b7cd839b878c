import type { CollectionBeforeDeleteHook } from 'payload'

/** A method's steps belong to it alone: they go with it (in the same transaction). */
export const deleteSteps: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'steps', where: { method: { equals: id } }, overrideAccess: true, req })
}
