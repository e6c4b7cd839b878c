import type { Metadata } from 'next'

import { withArticle } from '@/lib/article'
import { mediaSrc } from '@/lib/media'
import type { GuideBrand } from '@/queries/guides'

/** Title, description, canonical link and sharing card of a brand's pages. */
export const brandMetadata = (
  brand: GuideBrand,
  path: string,
  title: string,
  description?: string | null,
): Metadata => {
  const src = mediaSrc(brand.logo)
  const logo = src && brand.logo ? [{ url: src, alt: brand.logo.alt }] : undefined
  const text =
    description ||
    `How to reset the password of ${withArticle(brand.name)} NVR or DVR, step by step.`
  return {
    title,
    description: text,
    alternates: { canonical: path },
    openGraph: { title, description: text, url: path, type: 'article', images: logo },
  }
}
