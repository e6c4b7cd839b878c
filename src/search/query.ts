import type { MatchInfo, Query } from 'minisearch'

import type { BuiltIndex, Field } from './build'
import type { SearchDoc } from './documents'
import { termsOf } from './text'

export type Hit = {
  doc: SearchDoc
  score: number
  /** The indexed words that matched (a prefix or a typo resolved to the word it found). */
  terms: string[]
  /** Which fields each matching word was found in. */
  match: MatchInfo
  /** It has every word of the query. */
  complete: boolean
}

/** The fields a hit matched in. */
export const fieldsOf = (hit: Hit): Set<Field> =>
  new Set(Object.values(hit.match).flat() as Field[])

export type Ranked = {
  /** The query's words as searched (filler words left out). */
  words: string[]
  hits: Hit[]
  /** The query with each unknown word replaced by the closest known one, when there was one. */
  correction: string | null
  /** No document has every word: these have some of them. */
  partial: boolean
}

/** How many guides (a brand's, or the general one) the results come from, counted up to `enough`. */
const guidesAmong = (index: BuiltIndex, results: { id: unknown }[], enough: number): number => {
  const guides = new Set<string>()
  for (const r of results) {
    const doc = index.docs.get(r.id as string)
    if (doc) guides.add(doc.brand?.id ?? 'general')
    if (guides.size >= enough) break
  }
  return guides.size
}

/** Added to the score of a document that has every word, so it ranks above any that has only some. */
const EVERY_WORD = 1e6

/**
 * Ranks the index's documents for a query. A word matches (in any field of
 * a document) as a whole word; the word being typed also as a prefix from
 * three letters; a word the index has never seen also as a prefix, with a
 * typo from five letters, and as its closest known word (spelling.ts).
 * Documents with every word come first, then those with some ("hikvision
 * reset": Hikvision's methods that say "reset", then Hikvision's other
 * methods and other brands' resets); when no document has every word the
 * outcome says so (partial). `enough` is how many guides a page shows: when
 * those with every word fill it, those with some are not looked for.
 */
export const rank = (index: BuiltIndex, query: string, enough = Infinity): Ranked => {
  const words = termsOf(query)
  if (words.length === 0) return { words, hits: [], correction: null, partial: false }

  const corrections = words.map((word) =>
    index.vocabulary.knows(word) ? null : index.vocabulary.correct(word),
  )
  const queries: Query[] = words.map((word, i) => {
    const known = index.vocabulary.has(word)
    const last = i === words.length - 1
    const asTyped: Query = {
      queries: [word],
      // A prefix from three letters for a word being typed (the last, or one the index has not whole: "hikv");
      // a shorter word matches whole ("lts" is not in "defaults").
      prefix: word.length >= 3 && (last || !known),
      // One typo in five letters, for a word the index does not have (a known word is what it is).
      fuzzy: !known && word.length >= 5 && !/\d/.test(word) ? 0.2 : false,
    }
    const corrected = corrections[i]
    return corrected ? { combineWith: 'OR', queries: [asTyped, corrected] } : asTyped
  })
  // Documents with every word first (whatever their score), then those with some of them.
  const every = index.engine.search({ combineWith: 'AND', queries })
  let results = every
  let partial = false
  // Those with some words are needed only when those with every word do not fill a page of guides.
  if (words.length > 1 && guidesAmong(index, every, enough) < enough) {
    const complete = new Set(every.map((r) => r.id))
    // A word in over a fifth of a large index ranks little and costs the most: those with some words need a telling one.
    const telling = queries.filter((_, i) => !index.vocabulary.common(words[i]))
    const some = telling.length
      ? index.engine
          .search({ combineWith: 'OR', queries: telling })
          .filter((r) => !complete.has(r.id))
      : []
    partial = every.length === 0 && some.length > 0
    every.forEach((r) => (r.score += EVERY_WORD))
    results = [...every, ...some]
  }
  const completeCount = every.length

  const hits: Hit[] = []
  results.forEach((r, i) => {
    const doc = index.docs.get(r.id as string)
    if (doc)
      hits.push({
        doc,
        score: r.score,
        terms: r.terms,
        match: r.match,
        complete: i < completeCount,
      })
  })
  const correction = corrections.some(Boolean)
    ? words.map((w, i) => corrections[i] ?? w).join(' ')
    : null
  return { words, hits, correction, partial }
}
