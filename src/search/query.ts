import type { Query } from 'minisearch'

import type { BuiltIndex, Field } from './build'
import type { SearchDoc } from './documents'
import { termsOf } from './text'

export type Hit = {
  doc: SearchDoc
  score: number
  /** The indexed words that matched (a prefix or a typo resolved to the word it found). */
  terms: string[]
  fields: Set<Field>
}

export type Ranked = {
  /** The query's words as searched (filler words left out). */
  words: string[]
  hits: Hit[]
  /** The query with each unknown word replaced by the closest known one, when there was one. */
  correction: string | null
  /** No document has every word: these have some of them. */
  partial: boolean
}

/**
 * Ranks the index's documents for a query. Every word must match (in any
 * field of a document), as a whole word, a prefix from three letters, or with
 * a typo from five; a word the index has never seen is also searched as its
 * closest known word. When no document has every word, documents with some
 * of them are ranked instead, and said to be partial.
 */
export const rank = (index: BuiltIndex, query: string): Ranked => {
  const words = termsOf(query)
  if (words.length === 0) return { words, hits: [], correction: null, partial: false }

  const corrections = words.map((word) => (index.vocabulary.knows(word) ? null : index.vocabulary.correct(word)))
  const queries: Query[] = words.map((word, i) => {
    const corrected = corrections[i]
    return corrected ? { combineWith: 'OR', queries: [word, corrected] } : word
  })
  const search = (combineWith: 'AND' | 'OR') => index.engine.search({ combineWith, queries })

  let results = search('AND')
  let partial = false
  if (results.length === 0 && words.length > 1) {
    results = search('OR')
    partial = results.length > 0
  }

  const hits: Hit[] = []
  for (const r of results) {
    const doc = index.docs.get(r.id as string)
    if (!doc) continue
    hits.push({ doc, score: r.score, terms: r.terms, fields: new Set(Object.values(r.match).flat() as Field[]) })
  }
  const correction = corrections.some(Boolean) ? words.map((w, i) => corrections[i] ?? w).join(' ') : null
  return { words, hits, correction, partial }
}
