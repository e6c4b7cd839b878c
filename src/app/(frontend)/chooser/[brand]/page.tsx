import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { BrandGuide } from '../../../../components/BrandGuide'
import { parseAnswers } from '../../../../chooser/questions'
import { getBrandGuide, movedBrandSlug } from '../../../../queries/guides'
import { currentViewer } from '../../../../queries/viewer'
import { brandMetadata } from '../../brands/[brand]/meta'
import { brandPath, withQuery } from '../../../../routes'

type Props = { params: Promise<{ brand: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * A brand's guide ranked for the reader's chooser answers. next.config.mjs
 * rewrites /brands/{brand}?choose=… here, so the static guide stays cached and
 * the shared link keeps its address.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await getBrandGuide((await params).brand, await currentViewer())
  if (!guide) return {}
  return {
    ...brandMetadata(guide.brand, brandPath(guide.brand.slug), `${guide.brand.name}: methods for your situation`, guide.brand.summary),
    robots: { index: false, follow: true },
  }
}

export default async function ChooserPage({ params, searchParams }: Props) {
  const slug = (await params).brand
  const viewer = await currentViewer()
  const guide = await getBrandGuide(slug, viewer)
  if (!guide) {
    const moved = await movedBrandSlug(slug, viewer)
    if (moved) permanentRedirect(withQuery(brandPath(moved), await searchParams))
    notFound()
  }
  return <BrandGuide guide={guide} answers={parseAnswers(await searchParams)} />
}
