import type { MetadataRoute } from 'next'

import { absoluteUrl } from '../lib/site'
import { listGuidePages } from '../queries/guides'
import { GENERAL_GUIDE, HOME, brandPath, methodPath } from '../routes'

/** Every published brand guide and method page; drafts never appear. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = await listGuidePages()
  return [
    { url: absoluteUrl(HOME), changeFrequency: 'weekly', priority: 1 },
    { url: absoluteUrl(GENERAL_GUIDE), changeFrequency: 'monthly', priority: 0.9 },
    ...pages.flatMap(({ brand, methods }) => [
      { url: absoluteUrl(brandPath(brand.slug)), lastModified: brand.updatedAt, priority: 0.8 },
      ...methods.map((m) => ({
        url: absoluteUrl(methodPath(brand.slug, m.slug)),
        lastModified: m.updatedAt,
        priority: 0.6,
      })),
    ]),
  ]
}
