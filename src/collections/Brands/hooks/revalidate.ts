import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateBrand } from '../../../revalidate'
import { contentChanged, isPublicChange } from '../../../search'

/**
 * Publishing, unpublishing, renaming or deleting a brand refreshes its pages and the search index at once,
 * under every address it answers at or did until now: a former address an editor
 * removed stops redirecting.
 */
export const revalidateBrandAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (isPublicChange(doc, previousDoc)) await contentChanged(req)
  const formerSlugs = [...(doc.formerSlugs ?? []), ...(previousDoc?.formerSlugs ?? []), { slug: previousDoc?.slug }]
  await revalidateBrand(req, { id: doc.id, slug: doc.slug, formerSlugs })
  return doc
}

export const revalidateBrandAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await contentChanged(req)
  await revalidateBrand(req, { slug: doc.slug, formerSlugs: doc.formerSlugs })
  return doc
}
