import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateBrand } from '../../../revalidate'

/**
 * Publishing, unpublishing, renaming or deleting a brand refreshes its pages at once,
 * under every address it answers at or did until now: a former address an editor
 * removed stops redirecting.
 */
export const revalidateBrandAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const formerSlugs = [...(doc.formerSlugs ?? []), ...(previousDoc?.formerSlugs ?? []), { slug: previousDoc?.slug }]
  await revalidateBrand(req, { id: doc.id, slug: doc.slug, formerSlugs })
  return doc
}

export const revalidateBrandAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await revalidateBrand(req, { slug: doc.slug, formerSlugs: doc.formerSlugs })
  return doc
}
