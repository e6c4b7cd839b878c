import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'

import { PUBLIC_VIEWER } from '@/access/viewer'
import { CaseItem } from '@/components/CasesSection'
import { listCases } from '@/queries/cases'
import { getBrandGuide, movedBrandSlug } from '@/queries/guides'
import { GENERAL_GUIDE, brandPath, casesPath } from '@/routes'

export const metadata: Metadata = {
  title: 'Readers’ cases',
  robots: { index: false, follow: true },
}

type Props = { searchParams: Promise<{ brand?: string; page?: string }> }

/** All of a guide's cases, page by page (the guide itself shows the first page). */
export default async function CasesPage({ searchParams }: Props) {
  const { brand: brandSlug, page: rawPage } = await searchParams
  const guide = brandSlug ? await getBrandGuide(brandSlug, PUBLIC_VIEWER) : null
  const page = Math.max(1, Number(rawPage) || 1)
  if (brandSlug && !guide) {
    const moved = await movedBrandSlug(brandSlug, PUBLIC_VIEWER)
    if (moved) permanentRedirect(casesPath(moved, page))
    notFound()
  }
  const { items, totalPages } = await listCases(
    guide ? { brand: guide.brand.id } : { general: true },
    page,
  )
  const slug = guide ? guide.brand.slug : null
  const back = guide ? brandPath(guide.brand.slug) : GENERAL_GUIDE
  return (
    <>
      <h1>Readers’ cases: {guide ? guide.brand.name : 'general guide'}</h1>
      <p>
        <Link href={`${back}#cases`}>Back to the guide</Link> · page {page} of{' '}
        {Math.max(1, totalPages)}
      </p>
      <ol className="case-list">
        {items.map((item) => (
          <CaseItem key={item.id} item={item} />
        ))}
      </ol>
      <nav aria-label="Pages" className="pager">
        {page > 1 ? <Link href={casesPath(slug, page - 1)}>Newer</Link> : null}
        {page < totalPages ? <Link href={casesPath(slug, page + 1)}>Older</Link> : null}
      </nav>
    </>
  )
}
