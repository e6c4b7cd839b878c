/**
 * Typed factories for the seed content. Content files describe guides as plain
 * data; the runner turns them into documents.
 */
import type { DataLoss, MethodKind, Requirement } from '../collections/Methods/options'

export type CalloutKind = 'tip' | 'warning' | 'note'

export type SeedStep = {
  title: string
  /** Paragraphs of the step's body. */
  body: string[]
  callouts?: { kind: CalloutKind; text: string }[]
}

export type SeedSource = { title: string; url?: string }

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
  sources?: SeedSource[]
  steps: SeedStep[]
}

export type SeedTool = {
  name: string
  purpose: string
  platforms?: ('windows' | 'macos' | 'linux' | 'web' | 'ios' | 'android')[]
  url?: string
}

/** A model-number pattern (see src/lib/modelNumbers.ts) and the document that shows it. */
export type SeedModelPattern = { pattern: string; example?: string; label: string; source: { title: string; url: string } }

export type SeedBrand = {
  name: string
  slug: string
  accentColor: string
  summary: string
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
  methods: SeedMethod[]
}

export type SeedSite = {
  name: string
  tagline: string
  beforeYouStart: { title: string; text: string }[]
  preventionTips: { title: string; text: string }[]
  closingWords: string
}

export const step = (title: string, body: string | string[], callouts?: SeedStep['callouts']): SeedStep => ({
  title,
  body: Array.isArray(body) ? body : [body],
  ...(callouts ? { callouts } : {}),
})

export const warning = (text: string) => ({ kind: 'warning' as const, text })
export const tip = (text: string) => ({ kind: 'tip' as const, text })
export const note = (text: string) => ({ kind: 'note' as const, text })

export const defineMethod = (method: SeedMethod): SeedMethod => method
export const defineBrand = (brand: SeedBrand): SeedBrand => brand
