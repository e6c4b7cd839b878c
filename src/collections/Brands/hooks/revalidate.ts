import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
} from 'payload'

import { revalidateBrand, revalidateRelatedBrands } from '@/revalidate'
import { contentChanged, isPublicChange } from '@/search'

type Relations = { relations?: { brand?: unknown }[] | null } | null | undefined

/** The brands a version of a brand names in its relations. */
const namedBrands = (...docs: Relations[]) =>
  docs.flatMap((doc) => (doc?.relations ?? []).map((row) => row.brand))

const liveKey = (id: unknown) => `brandRelationsLive:${String(id)}`

/**
 * What readers saw before this change is the live document, not the previous version
 * (which may be a draft saved since): the brands it names are read before the write.
 */
export const rememberLiveRelations: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || originalDoc?.id === undefined) return data
  const live = await req.payload.findByID({
    collection: 'brands',
    id: originalDoc.id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  // On req.context itself: a nested local operation may have replaced the object this hook was given.
  req.context[liveKey(originalDoc.id)] = namedBrands(live)
  return data
}

/**
 * Publishing, unpublishing, renaming or deleting a brand refreshes its pages and the search index at once,
 * under every address it answers at or did until now: a former address an editor
 * removed stops redirecting. The brands its relations name, before and after the change,
 * and those that name it show it on their pages: theirs are refreshed too.
 */
export const revalidateBrandAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (isPublicChange(doc, previousDoc)) await contentChanged(req)
  const formerSlugs = [
    ...(doc.formerSlugs ?? []),
    ...(previousDoc?.formerSlugs ?? []),
    { slug: previousDoc?.slug },
  ]
  await revalidateBrand(req, { id: doc.id, slug: doc.slug, formerSlugs })
  const live = req.context[liveKey(doc.id)]
  await revalidateRelatedBrands(req, doc.id, [
    ...namedBrands(doc, previousDoc),
    ...(Array.isArray(live) ? live : []),
  ])
  return doc
}

/**
 * Once the brand is gone, the brands that named it no longer do (the database empties
 * their rows' brand), so they are looked up before.
 */
export const findBrandsNamingIt: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs } = await req.payload.find({
    collection: 'brands',
    where: { 'relations.brand': { equals: id } },
    depth: 0,
    limit: 1000,
    pagination: false,
    select: { slug: true },
    overrideAccess: true,
    req,
  })
  req.context.brandsNamingIt = docs.map((d) => d.id)
}

export const revalidateBrandAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await contentChanged(req)
  await revalidateBrand(req, { slug: doc.slug, formerSlugs: doc.formerSlugs })
  const namingIt = Array.isArray(req.context.brandsNamingIt) ? req.context.brandsNamingIt : []
  await revalidateRelatedBrands(req, doc.id, [...namedBrands(doc), ...namingIt])
  return doc
}
