import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { PUBLIC_VIEWER } from '@/access/viewer'
import { BrandGuide } from '@/components/BrandGuide'
import { getBrandGuide, listGuidePages, movedBrandSlug } from '@/queries/guides'
import { currentViewer } from '@/queries/viewer'
import { brandPath } from '@/routes'

import { brandMetadata } from './meta'

type Props = { params: Promise<{ brand: string }> }

// Built once and served from the cache until a publish in the admin refreshes it.
export const dynamicParams = true

export async function generateStaticParams() {
  return (await listGuidePages()).map(({ brand }) => ({ brand: brand.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await getBrandGuide((await params).brand, PUBLIC_VIEWER)
  if (!guide) return {}
  return brandMetadata(
    guide.brand,
    brandPath(guide.brand.slug),
    `${guide.brand.name} NVR password reset`,
    guide.brand.summary,
  )
}

/** The brand's guide with no chooser answers; answered chooser links are served by /chooser/[brand]. */
export default async function BrandPage({ params }: Props) {
  const slug = (await params).brand
  const viewer = await currentViewer()
  const guide = await getBrandGuide(slug, viewer)
  if (!guide) {
    // A slug the brand had before: its old links keep working.
    const moved = await movedBrandSlug(slug, viewer)
    if (moved) permanentRedirect(brandPath(moved))
    notFound()
  }
  return <BrandGuide guide={guide} answers={{}} />
}
