import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/**
 * Deleting a brand deletes its guide (methods, and with them their steps), so
 * they never turn into general methods by losing their brand. A brand that
 * readers have written cases about is kept: those cases are support's record.
 */
export const deleteMethods: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const where = { brand: { equals: id } }
  const { totalDocs: cases } = await req.payload.count({
    collection: 'comments',
    where,
    overrideAccess: true,
    req,
  })
  if (cases > 0) {
    throw new APIError(
      `Readers have written ${cases} case${cases === 1 ? '' : 's'} about this brand, so it cannot be deleted. Unpublish it instead: it disappears from the site and the cases are kept.`,
      400,
      undefined,
      true,
    )
  }
  await req.payload.delete({ collection: 'methods', where, overrideAccess: true, req })
}
