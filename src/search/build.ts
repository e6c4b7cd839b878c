import MiniSearch from 'minisearch'

import { fieldText, type SearchDoc } from './documents'
import { Vocabulary } from './spelling'
import { processTerm, termsOf, tokenize } from './text'

/**
 * The ranking: BM25+ (MiniSearch's) over these fields, with these boosts:
 * a brand's name and aliases first, its model-number patterns, a method's
 * title, then its steps' titles, the brand a method belongs to, a summary,
 * and the steps' text last.
 */
export const FIELD_BOOSTS = {
  name: 12,
  aliases: 9,
  models: 7,
  title: 5,
  stepTitles: 2,
  brandName: 1.5,
  text: 1,
  stepText: 0.8,
} as const
export type Field = keyof typeof FIELD_BOOSTS
export const FIELDS = Object.keys(FIELD_BOOSTS) as Field[]

export type BrandDoc = SearchDoc & { kind: 'brand' }
export type MethodDoc = SearchDoc & { kind: 'method' }

export type BuiltIndex = {
  engine: MiniSearch<SearchDoc>
  docs: Map<string, SearchDoc>
  vocabulary: Vocabulary
  /** Brands with model-number patterns, to match a model typed in search. */
  patterned: BrandDoc[]
  /** Each brand's own methods in their order, to show under a brand found by a model number. */
  methodsByBrand: Map<string, MethodDoc[]>
}

/** Per word, query.ts decides on prefix and typo matching; these are the weights of such matches. */
export const SEARCH_OPTIONS = {
  boost: FIELD_BOOSTS,
  prefix: false,
  fuzzy: false,
  maxFuzzy: 2,
  weights: { fuzzy: 0.5, prefix: 0.6 },
}

const CHUNK = 500
const breathe = () => new Promise((resolve) => setImmediate(resolve))

/** Indexes in chunks, letting other requests run in between (the old index answers them). */
export const buildIndex = async (docs: SearchDoc[]): Promise<BuiltIndex> => {
  const engine = new MiniSearch<SearchDoc>({
    fields: FIELDS,
    extractField: (doc, field) => (field === 'id' ? doc.id : fieldText(doc, field)),
    tokenize,
    processTerm,
    searchOptions: SEARCH_OPTIONS,
  })
  await engine.addAllAsync(docs, { chunkSize: CHUNK })

  const frequency = new Map<string, number>()
  for (let i = 0; i < docs.length; i++) {
    const seen = new Set(FIELDS.flatMap((field) => termsOf(fieldText(docs[i], field))))
    for (const term of seen) frequency.set(term, (frequency.get(term) ?? 0) + 1)
    if (i % CHUNK === CHUNK - 1) await breathe()
  }
  const methodsByBrand = new Map<string, MethodDoc[]>()
  for (const doc of docs) {
    if (doc.kind !== 'method' || !doc.brand) continue
    methodsByBrand.set(doc.brand.id, [...(methodsByBrand.get(doc.brand.id) ?? []), doc])
  }
  methodsByBrand.forEach((list) => list.sort((a, b) => a.order - b.order))
  return {
    engine,
    docs: new Map(docs.map((d) => [d.id, d])),
    vocabulary: new Vocabulary(frequency, docs.length),
    patterned: docs.filter((d): d is BrandDoc => d.kind === 'brand' && d.patterns.length > 0),
    methodsByBrand,
  }
}
