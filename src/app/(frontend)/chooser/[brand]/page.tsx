import type { Metadata } from 'next'
import { notFound, permanentRedirect, redirect } from 'next/navigation'

import { answersQuery, parseAnswers, questionsFor } from '@/chooser/questions'
import { BrandGuide } from '@/components/BrandGuide'
import { getBrandGuide, movedBrandSlug } from '@/queries/guides'
import { currentViewer } from '@/queries/viewer'
import { brandPath, chooserPath, withQuery } from '@/routes'

import { brandMetadata } from '../../brands/[brand]/meta'

type Params = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ brand: string }>; searchParams: Promise<Params> }

/** The query string as it came, in its order, for comparing with the short form. */
const queryOf = (params: Params) => {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params))
    for (const v of [value ?? ''].flat()) query.append(key, v)
  return query.toString()
}

/**
 * A brand's guide ranked for the reader's chooser answers. next.config.mjs
 * rewrites /brands/{brand}?email=no… here, so the static guide stays cached and
 * the shared link keeps its address. An address that is not the short one (the
 * no-JavaScript form sends "Not sure" as empty values and a marker; a question
 * this brand is not asked; another order) is sent on to the short one: the
 * browser keeps the fragment, so the reader still lands at the result.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await getBrandGuide((await params).brand, await currentViewer())
  if (!guide) return {}
  return {
    ...brandMetadata(
      guide.brand,
      brandPath(guide.brand.slug),
      `${guide.brand.name}: methods for your situation`,
      guide.brand.summary,
    ),
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
  const query = await searchParams
  const answers = parseAnswers(query, questionsFor(guide.methods))
  const short = answersQuery(answers)
  // Temporary (307): which questions a brand is asked changes with its methods.
  if (queryOf(query) !== short) redirect(chooserPath(guide.brand.slug, short))
  return <BrandGuide guide={guide} answers={answers} />
}
