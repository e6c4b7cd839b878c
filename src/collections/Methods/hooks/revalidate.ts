import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { sameId } from '../../../fields/ids'
import { revalidateMethod } from '../../../revalidate'
import { contentChanged, isPublicChange } from '../../../search'

/** A method's change shows on its brand's guide and its own page (and the old brand's, if it moved), and in search. */
export const revalidateMethodAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (isPublicChange(doc, previousDoc)) await contentChanged(req)
  await revalidateMethod(req, doc, previousDoc?.slug)
  if (previousDoc && !sameId(previousDoc.brand, doc.brand)) await revalidateMethod(req, previousDoc)
  return doc
}

export const revalidateMethodAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await contentChanged(req)
  await revalidateMethod(req, doc)
  return doc
}
