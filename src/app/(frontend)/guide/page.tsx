import type { Metadata } from 'next'
import Link from 'next/link'

import { CasesSection } from '@/components/CasesSection'
import { JsonLd } from '@/components/JsonLd'
import { MethodSection } from '@/components/MethodSection'
import { MethodToc } from '@/components/MethodToc'
import { BeforeYouStart, PreventionTips } from '@/components/SiteSections'
import { generalGuideJsonLd } from '@/components/structuredData'
import { getGeneralGuide } from '@/queries/guides'
import { currentViewer } from '@/queries/viewer'
import { GENERAL_GUIDE, HOME, casesPath } from '@/routes'

export const metadata: Metadata = {
  title: 'How to reset an NVR password: the general guide',
  description:
    'The ways back into most network video recorders: change it in the menu, security questions, the reset button inside the case, or a reset from the manufacturer’s support.',
  alternates: { canonical: GENERAL_GUIDE },
}

export default async function GeneralGuidePage() {
  const { site, methods } = await getGeneralGuide(await currentViewer())
  return (
    <article className="guide">
      <JsonLd data={generalGuideJsonLd(methods)} />
      <header className="page-header">
        <h1>How to reset your NVR password</h1>
        <p className="lead">
          Every brand does it a little differently: if yours has{' '}
          <Link href={HOME}>a guide of its own</Link>, start there. Most recorders offer these ways
          back in.
        </p>
      </header>
      <MethodToc methods={methods} />
      <BeforeYouStart site={site} />
      <section aria-labelledby="methods-title">
        <h2 id="methods-title">Methods</h2>
        {methods.map((m) => (
          <MethodSection key={m.id} method={m} page={GENERAL_GUIDE} />
        ))}
      </section>
      <PreventionTips site={site} />
      {site.closingWords ? <p className="closing">{site.closingWords}</p> : null}
      <CasesSection
        scope={{ general: true }}
        listHref={casesPath(null)}
        methods={methods.map((m) => ({
          id: m.id,
          title: m.title,
          steps: m.steps.map((st) => ({ id: st.id, order: st.order, title: st.title })),
        }))}
        back={GENERAL_GUIDE}
      />
    </article>
  )
}
