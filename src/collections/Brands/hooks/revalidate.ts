import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateBrand } from '../../../revalidate'
import { contentChanged, isPublicChange } from '../../../search'

/** Publishing, unpublishing, renaming or deleting a brand refreshes its pages and the search index at once. */
export const revalidateBrandAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (isPublicChange(doc, previousDoc)) await contentChanged(req)
  await revalidateBrand(req, doc)
  if (previousDoc?.slug && previousDoc.slug !== doc.slug) await revalidateBrand(req, previousDoc)
  return doc
}

export const revalidateBrandAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await contentChanged(req)
  await revalidateBrand(req, { slug: doc.slug })
  return doc
}
