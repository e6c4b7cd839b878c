/**
 * The one mapping from seed content to document data. The runner uses it to
 * create documents and to bring unchanged ones to a new version; the content
 * version of an item is a hash of what it returns. References to other
 * documents (a brand, an illustration) go through `refs`, so the same data can
 * be built with stable keys (for hashing) or with ids (for writing).
 */
import { dayAtNoon } from '../lib/dates'

import type { IllustrationKey, SeedBrand, SeedMethod, SeedSource, SeedStep } from './factories'
import { paragraphs } from './richText'

export type Refs<Ref> = {
  brand: (slug: string) => Ref
  illustration: (key: IllustrationKey) => Ref
}

/** A cited document as a source row: `shows` is for the content test only. */
const sourceData = ({ title, url, page }: SeedSource) => ({ title, url, page: page ?? null })

/** A brand's own fields (its methods are items of their own). The logo is made once, on creation. */
export const brandData = <Ref>(brand: SeedBrand, refs: Refs<Ref>) => {
  const {
    methods: _methods,
    aliases = [],
    tools = [],
    relations = [],
    noMethodsAdvice,
    ...fields
  } = brand
  return {
    ...fields,
    aliases: aliases.map((name) => ({ name })),
    tools,
    relations: relations.map(({ kind, brand: other, models, source }) => ({
      kind,
      brand: refs.brand(other),
      models: models ?? null,
      source: sourceData(source),
    })),
    noMethodsAdvice: noMethodsAdvice ?? null,
  }
}

export const methodData = <Ref>(method: SeedMethod, _refs: Refs<Ref>) => {
  const { steps: _steps, checkedAt, sources = [], ...fields } = method
  return {
    ...fields,
    // Required of seed content (the content test holds it to that); tolerated missing while it is written.
    lastChecked: checkedAt ? dayAtNoon(checkedAt) : null,
    sources: sources.map((source) => ({
      ...sourceData(source),
      publisher: source.publisher ?? 'vendor',
    })),
  }
}

/**
 * A step's picture is one of the project's illustrations (its alt text lives on
 * the media document); `null` when it has none, so a new version can take one away.
 */
export const stepData = <Ref>(step: SeedStep, order: number, refs: Refs<Ref>) => ({
  order,
  title: step.title,
  body: paragraphs(step.body),
  image: step.image ? refs.illustration(step.image.illustration) : null,
  callouts: step.callouts ?? [],
})
