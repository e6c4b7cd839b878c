import Link from 'next/link'

import { caseFormBrand } from '@/actions/caseForm'

import { type Answers, questionsFor } from '../chooser/questions'
import { rankMethods } from '../chooser/rank'
import { REQUIREMENTS } from '../collections/Methods/options'
import { withArticle } from '../lib/article'
import type { getBrandGuide } from '../queries/guides'
import { CHOOSER_FORM, CHOOSER_RESULTS, brandPath, casesPath, methodPath } from '../routes'

import { BrandHeader } from './BrandHeader'
import { BrandRelations } from './BrandRelations'
import { CasesSection } from './CasesSection'
import { ChooserForm } from './ChooserForm'
import { JsonLd } from './JsonLd'
import { MethodCards, RuledOut } from './MethodCards'
import { MethodSection } from './MethodSection'
import { NoMethodsAdvice } from './NoMethodsAdvice'
import { BeforeYouStart, PreventionTips } from './SiteSections'
import { brandJsonLd } from './structuredData'
import { hasSupportDetails, SUPPORT_ANCHOR, SupportCard } from './SupportCard'
import { ToolList } from './ToolList'

type Guide = NonNullable<Awaited<ReturnType<typeof getBrandGuide>>>

/** The headline of a brand's guide: "Reset an Amcrest recorder password". */
const brandHeadline = (brandName: string) => `Reset ${withArticle(brandName)} recorder password`

/**
 * A brand's whole guide, what to do first: the methods as short cards (ranked
 * for the reader's chooser answers when there are some, the best fit marked,
 * those ruled out folded with the reasons), then the chooser with only the
 * questions that tell this brand's methods apart, then every method's steps
 * (for reading on, printing and search engines), support, and the general
 * material folded.
 */
export function BrandGuide({ guide, answers }: { guide: Guide; answers: Answers }) {
  const { brand, site, methods, usesGeneral, relations } = guide
  // Editors' advice for a brand with no sourced method: shown only while it has none of its own.
  const advice = usesGeneral ? brand.noMethodsAdvice?.trim() : undefined
  const questions = questionsFor(methods)
  const answered = Object.keys(answers).length > 0
  const { fits, ruledOut } = rankMethods(methods, answers)
  const needs = [...new Set(methods.flatMap((m) => m.requirements ?? []))]
  const base = brandPath(brand.slug)
  const hrefOf = (m: { slug: string }) => methodPath(brand.slug, m.slug)
  const support = hasSupportDetails(brand.support)

  return (
    <article className="guide brand-guide">
      <JsonLd data={brandJsonLd(guide)} />
      {/* Compact, so that the methods start on a phone's first screen; the summary follows them. */}
      <BrandHeader brand={brand} title={brandHeadline(brand.name)}>
        {brand.aliases?.length ? (
          <p className="aliases-line">Also sold as {brand.aliases.map((a) => a.name).join(', ')}</p>
        ) : null}
      </BrandHeader>

      <section aria-labelledby="methods-title" id={CHOOSER_RESULTS} className="ways">
        {/* Focused after a chooser answer with JavaScript, so the reader is taken to the result. */}
        <h2 id="methods-title" tabIndex={-1}>
          {answered
            ? 'Methods for your situation'
            : usesGeneral
              ? 'General methods'
              : 'Ways back in'}
        </h2>
        {advice ? (
          <NoMethodsAdvice
            brandName={brand.name}
            advice={advice}
            hasSupport={support}
            generalFollow={methods.length > 0}
          />
        ) : usesGeneral ? (
          <p className="notice">
            No {brand.name}-specific procedure is documented here yet. These general methods work on
            most recorders
            {support ? (
              <>
                ; <a href={`#${SUPPORT_ANCHOR}`}>{brand.name} support</a> can confirm what applies
                to your model
              </>
            ) : null}
            .
          </p>
        ) : null}
        {answered ? (
          <p className="ways-status">
            {fits.length
              ? `${fits.length} of ${methods.length} ${methods.length === 1 ? 'method fits' : 'methods fit'} your answers, best first.`
              : 'None of the methods fits all your answers.'}{' '}
            {!fits.length && support ? (
              <>
                <a href={`#${SUPPORT_ANCHOR}`}>Ask {brand.name} support</a>.{' '}
              </>
            ) : null}
            <a href={`#${CHOOSER_FORM}`}>Change your answers</a> ·{' '}
            <Link href={base}>Clear them</Link>
          </p>
        ) : questions.length ? (
          <p className="ways-status">
            Not sure which one? <a href={`#${CHOOSER_FORM}`}>Answer a few questions</a> and the best
            fit comes first.
          </p>
        ) : null}
        <MethodCards methods={answered ? fits : methods} hrefOf={hrefOf} bestFirst={answered} />
        <RuledOut items={ruledOut} hrefOf={hrefOf} />
        {!methods.length && !advice ? <p>No methods are published for this brand yet.</p> : null}
        {brand.summary ? <p className="brand-summary">{brand.summary}</p> : null}
      </section>

      <BrandRelations brandName={brand.name} relations={relations} />

      {questions.length ? (
        <section className="card chooser-card" aria-labelledby="chooser-title" id={CHOOSER_FORM}>
          <h2 id="chooser-title">Which method fits you?</h2>
          <p>Answer what you can; “Not sure” rules nothing out.</p>
          <ChooserForm brandSlug={brand.slug} questions={questions} answers={answers} />
        </section>
      ) : null}

      {methods.length ? (
        <section aria-labelledby="steps-title" className="all-steps">
          <h2 id="steps-title">Step by step</h2>
          {methods.map((m) => (
            <MethodSection
              key={m.id}
              method={m}
              page={base}
              href={hrefOf(m)}
              labelGeneral={!usesGeneral}
            />
          ))}
        </section>
      ) : null}

      <SupportCard brand={brand} />
      <ToolList brand={brand} />
      <BeforeYouStart site={site} folded>
        {needs.length ? (
          <>
            <h3>Depending on the method, you will need</h3>
            <ul className="notes">
              {needs.map((r) => (
                <li key={r}>{REQUIREMENTS[r]}</li>
              ))}
              {brand.tools?.length ? (
                <li>
                  One of {brand.name}’s tools: {brand.tools.map((t) => t.name).join(', ')}
                </li>
              ) : null}
            </ul>
          </>
        ) : null}
      </BeforeYouStart>
      <PreventionTips site={site} folded />
      <CasesSection
        scope={{ brand: brand.id }}
        listHref={casesPath(brand.slug)}
        brand={caseFormBrand(brand)}
        methods={methods.map((m) => ({
          id: m.id,
          title: m.title,
          steps: m.steps.map((st) => ({ id: st.id, order: st.order, title: st.title })),
        }))}
        back={base}
      />
    </article>
  )
}
