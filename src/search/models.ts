import { looksLikeModel, matchModel } from '../lib/modelNumbers'

import type { BuiltIndex } from './build'
import type { BrandRef, IndexedPattern } from './documents'

/** A model number in the query, the brand whose pattern it fits, and that pattern. */
export type ModelHit = { typed: string; brand: BrandRef; pattern: IndexedPattern }

/**
 * The model numbers in a query: the whole query when it is one, spaces and
 * all ("DS-7608NI-K2", "DS 7616NI E2"), else each word that is one.
 */
const modelsIn = (query: string): string[] => {
  const whole = query.trim()
  if (looksLikeModel(whole.replace(/\s+/g, '-'))) return [whole]
  return whole.split(/\s+/).filter(looksLikeModel)
}

/**
 * The brands a model number in the query names, by their patterns (see
 * src/lib/modelNumbers.ts), the most specific first, each brand once.
 */
export const findModels = (index: BuiltIndex, query: string): ModelHit[] => {
  const hits = new Map<string, ModelHit>()
  for (const typed of modelsIn(query)) {
    for (const { brand, pattern } of matchModel(
      typed,
      index.patterned.map((doc) => ({ id: doc.brand.id, modelPatterns: doc.patterns, doc })),
    )) {
      if (!hits.has(brand.id))
        hits.set(brand.id, { typed, brand: brand.doc.brand, pattern: pattern as IndexedPattern })
    }
  }
  return [...hits.values()]
}
