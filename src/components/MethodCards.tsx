import Link from 'next/link'

import { DATA_LOSS, REQUIREMENTS_SHORT } from '../collections/Methods/options'
import type { GuideMethod } from '../queries/guides'

type CardMethod = Pick<
  GuideMethod,
  'id' | 'slug' | 'title' | 'dataLoss' | 'estimatedTime' | 'requirements'
>

/**
 * One method at a glance, one tap from its steps: what it needs, what it costs
 * (data, time). The title's link covers the card.
 */
function MethodCard({ method, href, best }: { method: CardMethod; href: string; best: boolean }) {
  const needs = method.requirements ?? []
  return (
    <li className={`method-card${best ? ' best-fit' : ''}`}>
      <h3 className="card-title">
        {best ? (
          <span className="best-fit-label">
            Best fit<span className="visually-hidden">:</span>
          </span>
        ) : null}
        <Link href={href} className="card-link">
          {method.title}
        </Link>
      </h3>
      <p className="card-facts">
        <span className={`fact loss-${method.dataLoss}`}>{DATA_LOSS[method.dataLoss]}</span>
        {method.estimatedTime ? (
          <span className="fact">
            <span className="visually-hidden">Time: </span>
            {method.estimatedTime}
          </span>
        ) : null}
      </p>
      {needs.length ? (
        <p className="card-needs">
          <span className="needs-title">Needs</span>{' '}
          {needs.map((r) => REQUIREMENTS_SHORT[r]).join(', ')}
        </p>
      ) : null}
    </li>
  )
}

/** The methods as short cards, in the given order; the first marked "Best fit" when `bestFirst`. */
export function MethodCards({
  methods,
  hrefOf,
  bestFirst,
}: {
  methods: CardMethod[]
  hrefOf: (m: CardMethod) => string
  bestFirst: boolean
}) {
  return (
    <ol className="method-cards">
      {methods.map((m, i) => (
        <MethodCard key={m.id} method={m} href={hrefOf(m)} best={bestFirst && i === 0} />
      ))}
    </ol>
  )
}

/** The methods the reader's answers rule out, folded, each with the reasons. */
export function RuledOut({
  items,
  hrefOf,
}: {
  items: { method: CardMethod; reasons: string[] }[]
  hrefOf: (m: CardMethod) => string
}) {
  if (!items.length) return null
  return (
    <details className="ruled-out">
      <summary>Ruled out by your answers ({items.length})</summary>
      <ul>
        {items.map(({ method, reasons }) => (
          <li key={method.id}>
            <Link href={hrefOf(method)}>{method.title}</Link>
            <ul className="reasons">
              {reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  )
}
