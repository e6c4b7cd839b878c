import Link from 'next/link'
import type { ReactNode } from 'react'

import { relationSentence } from '../collections/Brands/options'
import type { BrandRelations as Relations, ShownRelation } from '../queries/relations'
import { brandPath } from '../routes'

import { pageLabel } from './SourceList'

type Side = 'own' | 'reverse'

/** The relation's sentence, the brand names in it filled in: the other brand linked to its page. */
const sentence = (relation: ShownRelation, side: Side, brandName: string): ReactNode[] => {
  const otherLink = (
    <Link key="other" href={brandPath(relation.other.slug)}>
      {relation.other.name}
    </Link>
  )
  // "brand" is the brand that has the relation: this page's on its own side, the other one's on the reverse side.
  const names =
    side === 'own' ? { brand: brandName, other: otherLink } : { brand: otherLink, other: brandName }
  return relationSentence(relation.kind, side).map((part, i) =>
    'slot' in part ? <span key={i}>{names[part.slot]}</span> : part.text,
  )
}

function RelationItem({
  relation,
  side,
  brandName,
}: {
  relation: ShownRelation
  side: Side
  brandName: string
}) {
  const page = pageLabel(relation.source.page)
  const sourceName = [relation.source.title, page].filter(Boolean).join(', ')
  return (
    <li>
      {sentence(relation, side, brandName)}
      {relation.models ? ` (models: ${relation.models})` : null}
      {relation.source.url ? (
        <>
          {' — '}
          <a href={relation.source.url} rel="noopener nofollow">
            source<span className="visually-hidden">: {sourceName}</span>
          </a>
        </>
      ) : null}
    </li>
  )
}

/**
 * How this brand's recorders relate to other brands, both ways: what this brand's
 * editors recorded, and what other brands recorded about it. Each links to the
 * other brand's page, whose methods may then apply.
 */
export function BrandRelations({
  brandName,
  relations,
}: {
  brandName: string
  relations: Relations
}) {
  if (!relations.own.length && !relations.reverse.length) return null
  return (
    <section className="brand-relations" aria-labelledby="relations-title">
      <h2 id="relations-title">Related brands</h2>
      <ul>
        {relations.own.map((r, i) => (
          <RelationItem key={`own-${i}`} relation={r} side="own" brandName={brandName} />
        ))}
        {relations.reverse.map((r, i) => (
          <RelationItem key={`reverse-${i}`} relation={r} side="reverse" brandName={brandName} />
        ))}
      </ul>
    </section>
  )
}
