import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateAll } from '@/revalidate'

/** Logos and step pictures show across the site; a changed image refreshes every page. */
export const revalidateMediaAfterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  revalidateAll(req)
  return doc
}

export const revalidateMediaAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  revalidateAll(req)
  return doc
}
