import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { sameId } from '@/lib/ids'
import { revalidateMethod } from '@/revalidate'
import { contentChanged, isPublicChange } from '@/search'

/**
 * A method's change shows on its brand's guide and its own page (and the old brand's, if
 * it moved), under every address it answers at or did until now, and in search.
 */
export const revalidateMethodAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (isPublicChange(doc, previousDoc)) await contentChanged(req)
  const formerSlugs = [...(doc.formerSlugs ?? []), ...(previousDoc?.formerSlugs ?? [])]
  await revalidateMethod(req, { brand: doc.brand, slug: doc.slug, formerSlugs }, previousDoc?.slug)
  if (previousDoc && !sameId(previousDoc.brand, doc.brand)) await revalidateMethod(req, previousDoc)
  return doc
}

export const revalidateMethodAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await contentChanged(req)
  await revalidateMethod(req, doc)
  return doc
}
