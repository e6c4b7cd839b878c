import Link from 'next/link'

import type { CaseFormBrand } from '@/actions/caseForm'

import { formatDay } from '../lib/dates'
import { type CaseScope, listCases, type PublicCase } from '../queries/cases'

import { CaseForm, type CaseFormMethod } from './CaseForm'

const date = (iso: string) => formatDay(iso, { short: true })

/** A reader's text as text: escaped by React, line breaks kept (private details come masked from the collection). */
function Message({ text }: { text: string }) {
  return <p className="case-body">{text}</p>
}

function CaseItem({ item }: { item: PublicCase }) {
  return (
    <li className="case">
      <p className="case-meta">
        <strong>{item.authorName}</strong>
        {item.deviceModel ? <> · {item.deviceModel}</> : null}
        {item.firmware ? <> · firmware {item.firmware}</> : null}
        {item.methodTitle ? <> · tried “{item.methodTitle}”</> : null} ·{' '}
        <time dateTime={item.createdAt}>{date(item.createdAt)}</time>
        {item.caseState === 'answered' ? (
          <span className="case-badge">Answered by support</span>
        ) : null}
        {item.caseState === 'resolved' ? (
          <span className="case-badge case-resolved">Resolved</span>
        ) : null}
      </p>
      <Message text={item.body} />
      {item.replies.length ? (
        <ul className="replies">
          {item.replies.map((r) => (
            <li key={r.id} className={r.staff ? 'reply staff' : 'reply'}>
              <p className="case-meta">
                <strong>{r.authorName}</strong>
                {r.staff ? <span className="case-badge">Support</span> : null} ·{' '}
                <time dateTime={r.createdAt}>{date(r.createdAt)}</time>
              </p>
              <Message text={r.body} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  )
}

type Props = {
  scope: CaseScope
  /** Where the full list lives, for "older cases". */
  listHref: string
  /** The guide's brand; none on the general guide. */
  brand?: CaseFormBrand
  methods: CaseFormMethod[]
  back: string
}

/** Readers' cases for a guide, and the form to open one. */
export async function CasesSection({ scope, listHref, brand, methods, back }: Props) {
  const { items, more } = await listCases(scope, 1, { count: false })
  return (
    <section className="cases" aria-labelledby="cases-title" id="cases">
      <h2 id="cases-title">Readers’ cases</h2>
      {items.length ? (
        <ol className="case-list">
          {items.map((item) => (
            <CaseItem key={item.id} item={item} />
          ))}
        </ol>
      ) : (
        <p className="muted">No cases yet.</p>
      )}
      {more ? (
        <p>
          <Link href={`${listHref}&page=2`}>Older cases</Link>
        </p>
      ) : null}
      <h3 id="case-form-title">Still stuck? Describe your case</h3>
      <p>
        Support staff read every case. It appears here once a moderator has approved it; your e-mail
        address is never shown.
      </p>
      <CaseForm brand={brand} methods={methods} back={back} />
    </section>
  )
}

export { CaseItem }
