import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'

import { PUBLIC_VIEWER } from '@/access/viewer'
import { caseFormBrand } from '@/actions/caseForm'
import { BrandHeader } from '@/components/BrandHeader'
import { CasesSection } from '@/components/CasesSection'
import { JsonLd } from '@/components/JsonLd'
import { MethodSection } from '@/components/MethodSection'
import { methodJsonLd } from '@/components/structuredData'
import { SupportCard } from '@/components/SupportCard'
import { getMethodPage, listGuidePages, movedMethodPath } from '@/queries/guides'
import { currentViewer } from '@/queries/viewer'
import { CHOOSER_RESULTS, HOME, brandPath, casesPath, methodPath } from '@/routes'

import { brandMetadata } from '../meta'

type Props = { params: Promise<{ brand: string; method: string }> }

export const dynamicParams = true

export async function generateStaticParams() {
  return (await listGuidePages()).flatMap(({ brand, methods }) =>
    methods.map((m) => ({ brand: brand.slug, method: m.slug })),
  )
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { brand, method } = await params
  const page = await getMethodPage(brand, method, PUBLIC_VIEWER)
  if (!page) return {}
  return brandMetadata(
    page.brand,
    methodPath(page.brand.slug, page.method.slug),
    `${page.brand.name}: ${page.method.title}`,
    page.method.summary,
  )
}

/** One method on its own page: for deep links and for printing. */
export default async function MethodPage({ params }: Props) {
  const { brand: brandSlug, method: methodSlug } = await params
  const viewer = await currentViewer()
  const page = await getMethodPage(brandSlug, methodSlug, viewer)
  if (!page) {
    // The brand's slug, the method's or both may be ones they had before.
    const moved = await movedMethodPath(brandSlug, methodSlug, viewer)
    if (moved) permanentRedirect(moved)
    notFound()
  }
  const { brand, method } = page
  return (
    <article className="guide method-page">
      <JsonLd data={methodJsonLd(brand, method)} />
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href={HOME}>Home</Link> › <Link href={brandPath(brand.slug)}>{brand.name}</Link> ›{' '}
        <span aria-current="page">{method.title}</span>
      </nav>
      <BrandHeader brand={brand} title={`${brand.name} password reset`} as="p" />
      <MethodSection method={method} page={methodPath(brand.slug, method.slug)} ownPage />
      <SupportCard brand={brand} />
      <CasesSection
        scope={{ brand: brand.id, method: method.id }}
        listHref={casesPath(brand.slug)}
        brand={caseFormBrand(brand)}
        methods={[
          {
            id: method.id,
            title: method.title,
            steps: method.steps.map((st) => ({ id: st.id, order: st.order, title: st.title })),
          },
        ]}
        back={methodPath(brand.slug, method.slug)}
      />
      {page.methods.length > 1 ? (
        <p className="no-print">
          <Link href={`${brandPath(brand.slug)}#${CHOOSER_RESULTS}`}>
            Not sure this is the right method? Compare all {page.methods.length} methods for{' '}
            {brand.name}.
          </Link>
        </p>
      ) : null}
    </article>
  )
}
