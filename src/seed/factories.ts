/**
 * Typed factories for the seed content. Content files describe guides as plain
 * data; the runner turns them into documents.
 */
import type { Platform } from '../collections/Brands/options'
import type { DataLoss, MethodKind, Requirement } from '../collections/Methods/options'
import type { CalloutKind } from '../collections/Steps/options'

/** Diagrams drawn for the project (src/seed/illustrations/), stored through the media collection. */
export type IllustrationKey = 'login-forgot-password' | 'reset-button-board'

export type SeedStep = {
  title: string
  /** Paragraphs of the step's body. */
  body: string[]
  callouts?: { kind: CalloutKind; text: string }[]
  /** A drawn illustration; its alt text lives with the drawing (src/seed/illustrations/catalog.ts). */
  image?: { illustration: IllustrationKey }
}

/**
 * The document a claim rests on, linked down to the page or article that says it:
 * never a home page. `page` is a manual's page number; `publisher` marks a
 * third-party page, used only where the vendor has none. `shows` names the kinds
 * of method the document describes (the content test holds brands to them).
 */
export type SeedSource = {
  title: string
  url: string
  page?: string
  publisher?: 'vendor' | 'third-party'
  shows?: MethodKind[]
}

export type SeedMethod = {
  slug: string
  title: string
  kind: MethodKind
  summary: string
  requirements: Requirement[]
  dataLoss: DataLoss
  estimatedTime?: string
  validity?: string
  lockout?: string
  appliesTo?: { models?: string; firmware?: string }
  sources: SeedSource[]
  /** ISO date (YYYY-MM-DD) the method was last checked against its sources. */
  checkedAt: string
  steps: SeedStep[]
}

export type SeedTool = {
  name: string
  purpose: string
  platforms?: Platform[]
  url?: string
}

/** A model-number pattern (see src/lib/modelNumbers.ts) and the document that shows it. */
export type SeedModelPattern = {
  pattern: string
  example?: string
  label: string
  source: { title: string; url: string }
}

/** "sold as" / "runs the firmware of": only where a source shows it; shown on both brands' pages. */
export type BrandRelationKind = 'sold-as' | 'runs-firmware-of'
export type SeedBrandRelation = {
  kind: BrandRelationKind
  brand: string
  models?: string
  source: SeedSource
}

export type SeedBrand = {
  name: string
  slug: string
  accentColor: string
  /** Optional: a brand with nothing sourced yet has nothing to sum up (the guide says so itself). */
  summary?: string
  aliases?: string[]
  modelPatterns?: SeedModelPattern[]
  support: {
    website?: string
    email?: string
    phone?: string
    hours?: string
    policy?: string
    responseTime?: string
  }
  tools?: SeedTool[]
  /** Relations from this brand to another (by slug). */
  relations?: SeedBrandRelation[]
  /** For a brand with no sourced method: what to do and whom to ask, in one block. */
  noMethodsAdvice?: string
  /** In the order readers see them: methods that lose data last. */
  methods: SeedMethod[]
}

export type SeedSite = {
  name: string
  tagline: string
  beforeYouStart: { title: string; text: string }[]
  preventionTips: { title: string; text: string }[]
  closingWords: string
}

export const step = (
  title: string,
  body: string | string[],
  callouts?: SeedStep['callouts'],
): SeedStep => ({
  title,
  body: Array.isArray(body) ? body : [body],
  ...(callouts ? { callouts } : {}),
})

export const warning = (text: string) => ({ kind: 'warning' as const, text })
export const tip = (text: string) => ({ kind: 'tip' as const, text })
export const note = (text: string) => ({ kind: 'note' as const, text })

export const defineMethod = (method: SeedMethod): SeedMethod => method
export const defineBrand = (brand: SeedBrand): SeedBrand => brand
