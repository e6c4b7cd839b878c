import type { Where } from 'payload'
import { cache } from 'react'

import { readAs, type Viewer } from '@/access/viewer'
import { latestHolder } from '@/collections/shared/formerSlugs'
import { idOf } from '@/lib/ids'
import { validateSlug } from '@/lib/validators'

import { safestFirst } from '../chooser/order'
import type { Brand, Media, Method, Site, Step } from '../payload-types'
import { methodPath } from '../routes'

import { payloadClient } from './payload'
import { getBrandRelations } from './relations'

export type GuideStep = Omit<Step, 'image'> & { image: Media | null }
export type GuideMethod = Omit<Method, 'steps' | 'brand'> & { steps: GuideStep[]; general: boolean }
export type GuideBrand = Omit<Brand, 'logo'> & { logo: Media | null }

const asMedia = (value: unknown): Media | null =>
  value && typeof value === 'object' ? (value as Media) : null

/**
 * An address's slug that no document could hold (a slug is validated on save)
 * matches nothing, without asking the database: PostgreSQL fails on text it
 * cannot store (a NUL character) instead of finding nothing.
 */
const couldBeSlug = (slug: string) => validateSlug(slug) === true

const findBrand = async (slug: string, viewer: Viewer) => {
  if (!couldBeSlug(slug)) return null
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'brands',
    ...readAs(viewer),
    where: { slug: { equals: slug } },
    limit: 1,
    // The logo comes with the steps' pictures in one query (mediaByIds).
    depth: 0,
    // No page count: it would be one more query per render.
    pagination: false,
  })
  return docs[0] ?? null
}

/** The given images in one query, by id. */
const mediaByIds = async (ids: unknown[], viewer: Viewer) => {
  const wanted = [...new Set(ids.map(idOf).filter((id): id is number | string => id !== null))]
  if (!wanted.length) return new Map<string, Media>()
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'media',
    ...readAs(viewer),
    where: { id: { in: wanted } },
    depth: 0,
    limit: wanted.length,
    pagination: false,
  })
  return new Map(docs.map((m) => [String(m.id), m]))
}

/** Methods in the order readers meet them (src/chooser/order.ts): those that lose data last. */
const findMethods = async (where: Where, viewer: Viewer, limit = 100) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'methods',
    ...readAs(viewer),
    where,
    sort: 'order',
    depth: 0,
    limit,
    pagination: false,
    // Steps are read for all methods at once below, not per method.
    joins: false,
  })
  return safestFirst(docs)
}

/**
 * Every step of the given methods in one query, in order (pictures not yet attached).
 * The ids come from a read under the viewer's access, and a step is readable
 * exactly when its method is (steps have no state or field rules of their own),
 * so the access check is not repeated: repeated, it would join the methods and
 * cost a second statement (the SQL adapter selects distinct ids first).
 */
const findSteps = async (methodIds: (number | string)[]) => {
  if (!methodIds.length) return []
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'steps',
    overrideAccess: true,
    where: { method: { in: methodIds } },
    sort: 'order',
    depth: 0,
    limit: 5000,
    pagination: false,
  })
  return docs
}

/**
 * The methods with their steps and pictures: one query for all steps, one for
 * all pictures (and the brand's logo, passed in), whatever the number of methods.
 */
const withSteps = async (
  methods: Method[],
  general: boolean,
  viewer: Viewer,
  logo: unknown = null,
) => {
  const steps = await findSteps(methods.map((m) => m.id))
  const media = await mediaByIds([logo, ...steps.map((s) => s.image)], viewer)
  const pictureOf = (value: unknown) => media.get(String(idOf(value))) ?? null
  const grouped = new Map<string, GuideStep[]>()
  for (const step of steps) {
    const key = String(idOf(step.method))
    grouped.set(key, [...(grouped.get(key) ?? []), { ...step, image: pictureOf(step.image) }])
  }
  const withTheirSteps: GuideMethod[] = methods.map(
    ({ steps: _join, brand: _brand, ...method }) => ({
      ...method,
      general,
      steps: grouped.get(String(method.id)) ?? [],
    }),
  )
  return { methods: withTheirSteps, logo: pictureOf(logo) }
}

const GENERAL: Where = { brand: { exists: false } }

/** The general guide: the site's shared sections and the general methods with their steps. */
export const getGeneralGuide = async (viewer: Viewer) => {
  const [site, methods] = await Promise.all([getSite(viewer), findMethods(GENERAL, viewer)])
  return { site, methods: (await withSteps(methods, true, viewer)).methods }
}

/**
 * A brand's guide: its own methods, or the general ones (labelled general)
 * when it has none yet, and its relations to other brands, both ways. Cached
 * for the render, so a page's metadata and body read it once.
 */
export const getBrandGuide = cache(async (slug: string, viewer: Viewer) => {
  const found = await findBrand(slug, viewer)
  if (!found) return null
  const [own, site, relations] = await Promise.all([
    findMethods({ brand: { equals: found.id } }, viewer),
    getSite(viewer),
    getBrandRelations(found),
  ])
  const usesGeneral = own.length === 0
  const { methods, logo } = await withSteps(
    usesGeneral ? await findMethods(GENERAL, viewer) : own,
    usesGeneral,
    viewer,
    found.logo,
  )
  const brand: GuideBrand = { ...found, logo }
  return { brand, site, usesGeneral, methods, relations }
})

/** One method of a brand (or a general method, for a brand without methods of its own). */
export const getMethodPage = async (brandSlug: string, methodSlug: string, viewer: Viewer) => {
  const guide = await getBrandGuide(brandSlug, viewer)
  const method = guide?.methods.find((m) => m.slug === methodSlug)
  return guide && method ? { ...guide, method } : null
}

/**
 * Of the brands (or a brand's methods, `brand` given; null for the general ones) that were
 * published under `slug` before, the one that gave it up last (src/collections/shared/formerSlugs.ts).
 */
const findMoved = async (
  collection: 'brands' | 'methods',
  slug: string,
  viewer: Viewer,
  brand?: number | string | null,
) => {
  if (!couldBeSlug(slug)) return null
  const payload = await payloadClient()
  const scope: Where[] =
    brand === undefined ? [] : [brand === null ? GENERAL : { brand: { equals: brand } }]
  const { docs } = await payload.find({
    collection,
    ...readAs(viewer),
    where: { and: [{ 'formerSlugs.slug': { equals: slug } }, ...scope] },
    depth: 0,
    limit: 10,
    pagination: false,
    select: { slug: true, formerSlugs: true },
  })
  return latestHolder(docs, slug)
}

/**
 * The current slug of the brand that had `slug` before, or null. Asked only once the
 * slug matched no brand, so a guide that exists costs no extra query.
 */
export const movedBrandSlug = async (slug: string, viewer: Viewer) =>
  (await findMoved('brands', slug, viewer))?.slug ?? null

/**
 * Where an address that matched no method page now lives: the brand's slug, the
 * method's or both may be former ones. Null when either matches nothing.
 */
export const movedMethodPath = async (brandSlug: string, methodSlug: string, viewer: Viewer) => {
  const current = await getBrandGuide(brandSlug, viewer)
  const moved = current ? null : await findMoved('brands', brandSlug, viewer)
  const guide = current ?? (moved ? await getBrandGuide(moved.slug, viewer) : null)
  if (!guide) return null
  const method =
    guide.methods.find((m) => m.slug === methodSlug) ??
    (await findMoved('methods', methodSlug, viewer, guide.usesGeneral ? null : guide.brand.id).then(
      (found) => (found ? guide.methods.find((m) => String(m.id) === String(found.id)) : undefined),
    ))
  return method ? methodPath(guide.brand.slug, method.slug) : null
}

export const getSite = async (viewer: Viewer): Promise<Site> => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'site', ...readAs(viewer), depth: 0 })
}

/** Published brands with their logos, for the home page and the 404 page. */
export const listBrands = async (viewer: Viewer) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'brands',
    ...readAs(viewer),
    depth: 1,
    limit: 1000,
    sort: 'name',
    select: {
      name: true,
      slug: true,
      summary: true,
      aliases: true,
      logo: true,
      accentColor: true,
      updatedAt: true,
    },
  })
  return docs.map((brand) => ({ ...brand, logo: asMedia(brand.logo) }))
}

/** Every published page of a brand, for the sitemap and static generation. */
export const listGuidePages = async () => {
  const viewer: Viewer = { draft: false, user: null }
  const brands = await listBrands(viewer)
  const methods = await findMethods({}, viewer, 10000)
  const general = methods.filter((m) => idOf(m.brand) === null)
  return brands.map((brand) => {
    const own = methods.filter((m) => String(idOf(m.brand)) === String(brand.id))
    return { brand, methods: own.length ? own : general }
  })
}
