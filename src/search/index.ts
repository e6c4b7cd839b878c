import type { Payload } from 'payload'

import { searchPath } from '../routes'

import { groupHits, LIMITS, type ResultGroup } from './group'
import { searchIndex, type SearchIndexHolder } from './holder'
import { findModels } from './models'
import { rank } from './query'

export { contentChanged, isPublicChange } from './changes'
export { recordMiss } from './misses'
export { searchIndex } from './holder'
export { findModels, type ModelHit } from './models'
export type { MethodResult, ResultGroup, StepResult } from './group'
export type { Segment } from './highlight'

export type SearchOutcome = {
  query: string
  groups: ResultGroup[]
  /** Matching brands, methods and steps in all. */
  total: number
  /** A near miss: the same search with each unknown word replaced by the closest known one. */
  didYouMean: { query: string; href: string } | null
  /** No result has every word: these have some of them. */
  partial: boolean
}

/** Searches the published guides; `index` is this process's unless another is given (a second instance, in a test). */
export const searchSite = async (
  payload: Payload,
  query: string,
  index: SearchIndexHolder = searchIndex(),
): Promise<SearchOutcome> => {
  const snapshot = await index.get(payload)
  const models = findModels(snapshot, query)
  const ranked = rank(snapshot, query, LIMITS.groups)
  // A model number found its brand: documents sharing only some of its pieces ("DS", "K2") are noise.
  const hits = models.length ? ranked.hits.filter((hit) => hit.complete) : ranked.hits
  const groups = groupHits(snapshot, hits, models)
  const didYouMean =
    !models.length && ranked.correction
      ? { query: ranked.correction, href: searchPath(ranked.correction) }
      : null
  return {
    query,
    groups,
    total: models.length + hits.length,
    didYouMean,
    partial: ranked.partial && !models.length,
  }
}
