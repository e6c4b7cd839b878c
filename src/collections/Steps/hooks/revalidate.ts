import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { idOf } from '@/lib/ids'
import { revalidateMethod } from '@/revalidate'
import { contentChanged } from '@/search'

const revalidateStepMethod = async (req: PayloadRequest, methodValue: unknown) => {
  const id = idOf(methodValue)
  if (id === null) return
  const method = await req.payload
    .findByID({
      collection: 'methods',
      id,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
      select: { slug: true, brand: true },
    })
    .catch(() => null)
  if (method) await revalidateMethod(req, method)
}

/** A step shows on its method's pages and in search: refresh them when it changes or goes. */
export const revalidateStepAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  // Steps have no drafts: a saved step of a published method is live, in search too.
  await contentChanged(req)
  await revalidateStepMethod(req, doc.method)
  if (previousDoc && idOf(previousDoc.method) !== idOf(doc.method))
    await revalidateStepMethod(req, previousDoc.method)
  return doc
}

export const revalidateStepAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await contentChanged(req)
  await revalidateStepMethod(req, doc.method)
  return doc
}
