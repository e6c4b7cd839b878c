import Link from 'next/link'

import type { Answers } from '../chooser/questions'
import { rankMethods } from '../chooser/rank'
import { REQUIREMENTS } from '../collections/Methods/options'
import type { getBrandGuide } from '../queries/guides'
import { BrandHeader } from './BrandHeader'
import { CasesSection } from './CasesSection'
import { ChooserForm } from './ChooserForm'
import { JsonLd } from './JsonLd'
import { MethodSection } from './MethodSection'
import { BeforeYouStart, PreventionTips } from './SiteSections'
import { SupportCard } from './SupportCard'
import { ToolList } from './ToolList'
import { brandJsonLd } from './structuredData'
import { MethodToc } from './MethodToc'
import { brandPath, casesPath, methodPath } from '../routes'

type Guide = NonNullable<Awaited<ReturnType<typeof getBrandGuide>>>

/**
 * A brand's whole guide. With answers from the chooser the methods come in the
 * order that fits the reader, those that do not fit last with the reasons.
 */
export function BrandGuide({ guide, answers }: { guide: Guide; answers: Answers }) {
  const { brand, site, methods, usesGeneral } = guide
  const answered = Object.keys(answers).length > 0
  const { fits, ruledOut } = rankMethods(methods, answers)
  const ordered: { m: (typeof methods)[number]; reasons?: string[] }[] = answered
    ? [...fits.map((m) => ({ m })), ...ruledOut.map((r) => ({ m: r.method, reasons: r.reasons }))]
    : methods.map((m) => ({ m }))
  const needs = [...new Set(methods.flatMap((m) => m.requirements ?? []))]
  const base = brandPath(brand.slug)

  return (
    <article className="guide">
      <JsonLd data={brandJsonLd(guide)} />
      <BrandHeader brand={brand} title={`Reset a ${brand.name} recorder password`}>
        {brand.summary ? <p>{brand.summary}</p> : null}
        {brand.aliases?.length ? <p className="aliases-line">Also sold as {brand.aliases.map((a) => a.name).join(', ')}</p> : null}
      </BrandHeader>

      <MethodToc methods={methods} />

      <BeforeYouStart site={site}>
        {needs.length ? (
          <>
            <h3>Depending on the method, you will need</h3>
            <ul className="notes">
              {needs.map((r) => (
                <li key={r}>{REQUIREMENTS[r]}</li>
              ))}
              {brand.tools?.length ? <li>One of {brand.name}’s tools: {brand.tools.map((t) => t.name).join(', ')}</li> : null}
            </ul>
          </>
        ) : null}
      </BeforeYouStart>

      <section className="card chooser-card" aria-labelledby="chooser-title" id="chooser">
        <h2 id="chooser-title">Which method fits you?</h2>
        <p>Answer what you can; “Not sure” rules nothing out.</p>
        <ChooserForm action={base} answers={answers} />
      </section>

      <section aria-labelledby="methods-title" id="chooser-results" aria-live="polite">
        <h2 id="methods-title">{answered ? 'Methods for your situation' : 'Methods'}</h2>
        {usesGeneral ? (
          <p className="notice">
            No {brand.name}-specific procedure is documented here yet. These general methods work on most recorders; {brand.name}’s support can confirm what applies to your model.
          </p>
        ) : null}
        {answered ? (
          <p className="muted">
            {fits.length ? `${fits.length} of ${methods.length} methods fit your answers, best first.` : 'None of the methods fits all your answers: contact support (below).'}{' '}
            <Link href={base}>Clear answers</Link>
          </p>
        ) : null}
        {ordered.map(({ m, reasons }) => (
          <MethodSection key={m.id} method={m} href={methodPath(brand.slug, m.slug)} reasons={reasons} />
        ))}
        {!methods.length ? <p>No methods are published for this brand yet.</p> : null}
      </section>

      <SupportCard brand={brand} />
      <ToolList brand={brand} />
      <PreventionTips site={site} />
      <CasesSection
        scope={{ brand: brand.id }}
        listHref={casesPath(brand.slug)}
        brandId={brand.id}
        methods={methods.map((m) => ({ id: m.id, title: m.title, steps: m.steps.map((st) => ({ id: st.id, order: st.order, title: st.title })) }))}
        back={base}
      />
    </article>
  )
}
