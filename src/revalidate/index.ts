import { revalidatePath } from 'next/cache'
import type { PayloadRequest, Where } from 'payload'

import { idOf } from '@/lib/ids'

import {
  BRAND_PAGE_PATTERNS,
  GENERAL_GUIDE,
  HOME,
  NOT_FOUND,
  SITEMAP,
  brandPath,
  methodPath,
} from '../routes'

/**
 * Public pages are static and cached until something they show changes; these
 * helpers tell Next which ones, from the collections' hooks. Outside a Next.js
 * request (the seed, tests) there is no cache to clear and nothing happens.
 */
export const revalidatePaths = (
  req: PayloadRequest,
  paths: Iterable<string>,
  type?: 'page' | 'layout',
) => {
  for (const path of new Set(paths)) {
    try {
      revalidatePath(path, type)
    } catch (error) {
      req.payload.logger.debug({
        msg: `Not revalidated (no Next.js cache here): ${path}`,
        err: error,
      })
    }
  }
}

/** Everything: for changes that show on every page (the site settings, an image). */
export const revalidateAll = (req: PayloadRequest) => revalidatePaths(req, [HOME], 'layout')

type Slugged = { slug?: string | null; formerSlugs?: { slug?: string | null }[] | null }

/** A document's current slug and the ones it had before (whose old addresses redirect to it). */
const slugsOf = (doc: Slugged, ...more: (string | null | undefined)[]) =>
  [...new Set([doc.slug, ...more, ...(doc.formerSlugs ?? []).map((row) => row.slug)])].filter(
    (s): s is string => Boolean(s),
  )

/**
 * A brand's pages: its guide and each of its method pages (its own, or the general
 * ones it shows), under its current slug and its former ones, so that a cached old
 * address turns into its redirect; plus the lists that name it.
 */
export const revalidateBrand = async (req: PayloadRequest, brand: Slugged & { id?: unknown }) => {
  const brandSlugs = slugsOf(brand)
  if (!brandSlugs.length) return
  const methodSlugs = new Set<string>()
  const brandId = idOf(brand.id)
  if (brandId !== null) {
    const { docs } = await req.payload.find({
      collection: 'methods',
      where: { or: [{ brand: { equals: brandId } }, { brand: { exists: false } }] },
      depth: 0,
      limit: 1000,
      select: { slug: true, formerSlugs: true },
      overrideAccess: true,
      req,
    })
    docs.forEach((m) => slugsOf(m).forEach((s) => methodSlugs.add(s)))
  }
  revalidatePaths(req, [
    HOME,
    SITEMAP,
    NOT_FOUND,
    ...brandSlugs.flatMap((b) => [brandPath(b), ...[...methodSlugs].map((m) => methodPath(b, m))]),
  ])
}

/**
 * The guides of the brands a brand's relations touch: those it names now or named
 * before this change (`named`), and those that name it (their pages show its name
 * and link to its address). Only their guides show relations, not their method pages.
 */
export const revalidateRelatedBrands = async (
  req: PayloadRequest,
  brandId: unknown,
  named: unknown[],
) => {
  const self = idOf(brandId)
  const ids = [
    ...new Set(
      named
        .map(idOf)
        .filter((id): id is number | string => id !== null && String(id) !== String(self)),
    ),
  ]
  const or: Where[] = [
    ...(self !== null ? [{ 'relations.brand': { equals: self } }] : []),
    ...(ids.length ? [{ id: { in: ids } }] : []),
  ]
  if (!or.length) return
  const { docs } = await req.payload.find({
    collection: 'brands',
    where: { or },
    depth: 0,
    limit: 1000,
    pagination: false,
    select: { slug: true, formerSlugs: true },
    overrideAccess: true,
    req,
  })
  revalidatePaths(
    req,
    docs
      .filter((doc) => String(doc.id) !== String(self))
      .flatMap((doc) => slugsOf(doc).map(brandPath)),
  )
}

/**
 * A method's pages. A brand's method: that brand's guide and the method page
 * (under its previous and former slugs too). A general method shows on the general
 * guide and on every brand without methods of its own, so all guide pages.
 */
export const revalidateMethod = async (
  req: PayloadRequest,
  method: Slugged & { brand?: unknown },
  previousSlug?: string | null,
) => {
  const brandId = idOf(method.brand)
  if (brandId === null) {
    revalidatePaths(req, [GENERAL_GUIDE, SITEMAP])
    revalidatePaths(req, BRAND_PAGE_PATTERNS, 'page')
    return
  }
  const brand = await req.payload
    .findByID({
      collection: 'brands',
      id: brandId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    .catch(() => null)
  if (!brand) return
  // Under the brand's former slugs too: their cached redirects point at the method's address.
  const methodSlugs = slugsOf(method, previousSlug)
  revalidatePaths(req, [
    SITEMAP,
    ...slugsOf(brand).flatMap((b) => [brandPath(b), ...methodSlugs.map((s) => methodPath(b, s))]),
  ])
}
