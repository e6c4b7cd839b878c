import type { MetadataRoute } from 'next'

import { absoluteUrl } from '../lib/site'
import { listGuidePages } from '../queries/guides'

/** Every published brand guide and method page; drafts never appear. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = await listGuidePages()
  return [
    { url: absoluteUrl('/'), changeFrequency: 'weekly', priority: 1 },
    { url: absoluteUrl('/guide'), changeFrequency: 'monthly', priority: 0.9 },
    ...pages.flatMap(({ brand, methods }) => [
      { url: absoluteUrl(`/brands/${brand.slug}`), lastModified: brand.updatedAt, priority: 0.8 },
      ...methods.map((m) => ({ url: absoluteUrl(`/brands/${brand.slug}/${m.slug}`), lastModified: m.updatedAt, priority: 0.6 })),
    ]),
  ]
}
