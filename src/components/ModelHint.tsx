'use client'

import { useEffect, useState } from 'react'

import { lookUpModel } from '@/actions/lookUpModel'

import { withArticle } from '../lib/article'
import type { ModelMatchInfo } from '../queries/models'

type Props = {
  /** The model typed so far. */
  model: string
  /** What the server found for it (after a post without JavaScript), until the reader types again. */
  initial: ModelMatchInfo[]
  /** The guide the form is on; null on the general guide. */
  brandSlug: string | null
  id: string
}

const WAIT_MS = 350

/**
 * Under the model field: which brand the typed model belongs to, and a link to
 * that brand's guide when it is not this one. Politely announced, never in the way.
 */
export function ModelHint({ model, initial, brandSlug, id }: Props) {
  const [found, setFound] = useState(initial)
  useEffect(() => {
    if (!model.trim()) return
    let current = true
    const timer = setTimeout(() => {
      lookUpModel(model)
        .then((matches) => current && setFound(matches))
        .catch(() => current && setFound([]))
    }, WAIT_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [model])

  // An emptied field says nothing, whatever an earlier lookup found.
  const matches = model.trim() ? found : []
  const match = matches.find((m) => m.brand.slug === brandSlug) ?? matches[0]
  return (
    <p className="hint model-hint" id={id} aria-live="polite">
      {match ? <ModelSentence match={match} here={match.brand.slug === brandSlug} /> : null}
    </p>
  )
}

function ModelSentence({ match, here }: { match: ModelMatchInfo; here: boolean }) {
  const model = `${match.model} ${here ? 'is' : 'looks like'} ${withArticle(match.brand.name)} model`
  const kind = match.label ? `, of its ${match.label}` : ''
  const oem = match.oem ? (
    <>
      {' '}
      Made by <a href={match.oem.href}>{match.oem.name}</a>.
    </>
  ) : null
  if (here)
    return (
      <>
        {model}
        {kind}: this is its guide.{oem}
      </>
    )
  return (
    <>
      {model}
      {kind}: see the <a href={match.brand.href}>{match.brand.name} guide</a>.{oem}
    </>
  )
}
