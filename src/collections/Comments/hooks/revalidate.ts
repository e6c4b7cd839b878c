import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { idOf } from '@/lib/ids'
import { revalidatePaths } from '@/revalidate'
import { GENERAL_GUIDE, brandPath, methodPath } from '@/routes'

/** The pages a case shows on: its brand's guide and its method's page, or the general guide. */
const revalidateCasePages = async (
  req: PayloadRequest,
  doc: { brand?: unknown; method?: unknown },
) => {
  const brandId = idOf(doc.brand)
  if (brandId === null) return revalidatePaths(req, [GENERAL_GUIDE])
  const brand = await req.payload.findByID({
    collection: 'brands',
    id: brandId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
    select: { slug: true },
  })
  if (!brand) return
  const paths = [brandPath(brand.slug)]
  const methodId = idOf(doc.method)
  if (methodId !== null) {
    const method = await req.payload.findByID({
      collection: 'methods',
      id: methodId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
      select: { slug: true },
    })
    if (method) paths.push(methodPath(brand.slug, method.slug))
  }
  revalidatePaths(req, paths)
}

const shown = (doc: { status?: unknown } | undefined) => doc?.status === 'published'

/**
 * Approving, answering or resolving a case refreshes the pages it shows on at
 * once. A case or reply that readers do not see, before and after the change
 * (a new pending case, spam), leaves the pages as they are: re-rendering a
 * brand's guide on every case received would cost its readers under load.
 */
export const revalidateCaseAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (!shown(doc) && !shown(previousDoc)) return doc
  // A reply shows under its case, on the case's pages.
  const parentId = idOf(doc.parent)
  const kase =
    parentId === null
      ? doc
      : await req.payload.findByID({
          collection: 'comments',
          id: parentId,
          depth: 0,
          overrideAccess: true,
          req,
          disableErrors: true,
        })
  if (kase) await revalidateCasePages(req, kase)
  return doc
}

export const revalidateCaseAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!shown(doc)) return doc
  await revalidateCasePages(req, doc)
  return doc
}
