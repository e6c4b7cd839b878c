import Link from 'next/link'

import { METHOD_KINDS } from '../collections/Methods/options'
import type { GuideMethod } from '../queries/guides'
import { feedbackAnchor } from '../routes'

import { Badges } from './Badges'
import { FeedbackForm } from './FeedbackForm'
import { MethodSources } from './SourceList'
import { StepList } from './StepList'

type Props = {
  method: GuideMethod
  /** The page the section is shown on (where "Did this work?" comes back to). */
  page: string
  /** Where the method's own page is, when it has one. */
  href?: string
  /** On its own page the method is the page's subject (h1); in a guide a section (h3). */
  ownPage?: boolean
  /** Whether to say "General method" (not on a page that already says all its methods are general). */
  labelGeneral?: boolean
}

export function MethodSection({ method, page, href, ownPage = false, labelGeneral = true }: Props) {
  const Heading = ownPage ? 'h1' : 'h3'
  return (
    <section
      className="method"
      id={ownPage ? undefined : method.slug}
      aria-labelledby={`${method.slug}-title`}
    >
      <header className="method-header">
        <p className="kicker">
          {method.general && labelGeneral ? (
            <span className="general-label">General method</span>
          ) : null}
          <span>{METHOD_KINDS[method.kind]}</span>
        </p>
        <Heading id={`${method.slug}-title`} className="method-title">
          {href && !ownPage ? <Link href={href}>{method.title}</Link> : method.title}
        </Heading>
        {method.summary ? <p className="summary">{method.summary}</p> : null}
      </header>
      <Badges method={method} />
      {method.appliesTo?.models || method.appliesTo?.firmware ? (
        <p className="applies">
          <strong>Applies to:</strong>{' '}
          {[method.appliesTo.models, method.appliesTo.firmware].filter(Boolean).join('; ')}
        </p>
      ) : null}
      <StepList steps={method.steps} methodSlug={method.slug} ownPage={ownPage} />
      <MethodSources method={method} />
      <FeedbackForm
        methodId={method.id}
        back={page}
        anchor={feedbackAnchor(method.slug, ownPage)}
      />
    </section>
  )
}
