import { revalidatePath } from 'next/cache'
import type { PayloadRequest } from 'payload'

import { idOf } from '../fields/ids'
import { BRAND_PAGE_PATTERNS, GENERAL_GUIDE, HOME, SITEMAP, brandPath, methodPath } from '../routes'

/**
 * Public pages are static and cached until something they show changes; these
 * helpers tell Next which ones, from the collections' hooks. Outside a Next.js
 * request (the seed, tests) there is no cache to clear and nothing happens.
 */
export const revalidatePaths = (req: PayloadRequest, paths: Iterable<string>, type?: 'page' | 'layout') => {
  for (const path of new Set(paths)) {
    try {
      revalidatePath(path, type)
    } catch (error) {
      req.payload.logger.debug({ msg: `Not revalidated (no Next.js cache here): ${path}`, err: error })
    }
  }
}

/** Everything: for changes that show on every page (the site settings, an image). */
export const revalidateAll = (req: PayloadRequest) => revalidatePaths(req, [HOME], 'layout')

/** A brand's pages: its guide and each of its method pages, plus the lists that name it. */
export const revalidateBrand = async (req: PayloadRequest, brand: { id?: unknown; slug?: string | null }) => {
  if (!brand.slug) return
  const methodSlugs = new Set<string>()
  const brandId = idOf(brand.id)
  if (brandId !== null) {
    const { docs } = await req.payload.find({
      collection: 'methods',
      where: { brand: { equals: brandId } },
      depth: 0,
      limit: 1000,
      select: { slug: true },
      overrideAccess: true,
      req,
    })
    docs.forEach((m) => methodSlugs.add(m.slug))
  }
  revalidatePaths(req, [HOME, SITEMAP, brandPath(brand.slug), ...[...methodSlugs].map((m) => methodPath(brand.slug!, m))])
}

/**
 * A method's pages. A brand's method: that brand's guide and the method page
 * (under its old slug too). A general method shows on the general guide and on
 * every brand without methods of its own, so all guide pages.
 */
export const revalidateMethod = async (
  req: PayloadRequest,
  method: { brand?: unknown; slug?: string | null },
  previousSlug?: string | null,
) => {
  const brandId = idOf(method.brand)
  if (brandId === null) {
    revalidatePaths(req, [GENERAL_GUIDE, SITEMAP])
    revalidatePaths(req, BRAND_PAGE_PATTERNS, 'page')
    return
  }
  const brand = await req.payload
    .findByID({ collection: 'brands', id: brandId, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)
  if (!brand) return
  const slugs = [method.slug, previousSlug].filter((s): s is string => Boolean(s))
  revalidatePaths(req, [SITEMAP, brandPath(brand.slug), ...slugs.map((s) => methodPath(brand.slug, s))])
}
