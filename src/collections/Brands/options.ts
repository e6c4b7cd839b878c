/** The platforms a brand's apps and tools run on, as readers see them named. */
export const PLATFORMS = {
  windows: 'Windows',
  macos: 'macOS',
  linux: 'Linux',
  web: 'Web',
  ios: 'iOS',
  android: 'Android',
} as const

export type Platform = keyof typeof PLATFORMS

/**
 * How one brand's recorders relate to another brand, in the words readers see.
 * A relation is recorded on the brand whose recorders it is about (`brand`) and
 * names the other (`other`); both brands' pages show it, each in its own words.
 */
export const BRAND_RELATIONS = {
  'sold-as': {
    label: 'Sold as',
    /** On the page of the brand that has the relation. */
    own: 'Some {brand} recorders are sold as {other}',
    /** On the other brand's page, {brand} being the brand that has the relation. */
    reverse: '{brand}: some recorders are sold under this brand’s name',
  },
  'runs-firmware-of': {
    label: 'Runs the firmware of',
    own: 'Some {brand} recorders run {other} firmware',
    reverse: '{brand}: some recorders run this brand’s firmware',
  },
} as const

export type BrandRelationKind = keyof typeof BRAND_RELATIONS

export const BRAND_RELATION_OPTIONS = Object.entries(BRAND_RELATIONS).map(([value, { label }]) => ({
  value,
  label,
}))

/** A relation's sentence in pieces, so a page can link the brand names: text, or a name slot. */
export type SentencePart = { text: string } | { slot: 'brand' | 'other' }

export const relationSentence = (
  kind: BrandRelationKind,
  side: 'own' | 'reverse',
): SentencePart[] =>
  BRAND_RELATIONS[kind][side]
    .split(/(\{brand\}|\{other\})/)
    .filter(Boolean)
    .map((piece) =>
      piece === '{brand}'
        ? { slot: 'brand' }
        : piece === '{other}'
          ? { slot: 'other' }
          : { text: piece },
    )
