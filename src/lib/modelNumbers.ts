/**
 * Recorder model numbers and the patterns editors keep per brand ("DS-76*",
 * "RLN*"). Labels are written inconsistently (DS-7608NI-K2, ds7608ni k2), so a
 * model and a pattern are compared in one normal form: upper case, letters and
 * digits only. In a pattern `*` stands for any characters.
 */

export type ModelPattern = {
  pattern: string
  example?: string | null
  label?: string | null
}

/** The model a brand's case form shows as its example: the first pattern's that has one. */
export const modelExampleOf = (brand: { modelPatterns?: ModelPattern[] | null }): string | null =>
  brand.modelPatterns?.find((p) => p.example)?.example ?? null

/** What a model matched: the brand whose pattern it is, and the pattern. */
export type ModelMatch<B> = { brand: B; pattern: ModelPattern }

const MIN_LITERAL = 2
const MIN_QUERY = 3

/** "DS-7608NI-K2" → "DS7608NIK2". */
export const normalizeModel = (text: string): string =>
  text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')

const normalizePattern = (pattern: string) =>
  pattern
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9*]/g, '')
    .replace(/\*+/g, '*')

/** The letters and digits before the first `*`: what every matching model starts with. */
const literalPrefix = (pattern: string) => normalizePattern(pattern).split('*')[0]

const compiled = new Map<string, RegExp>()
const regexFor = (pattern: string) => {
  let regex = compiled.get(pattern)
  if (!regex) {
    const body = normalizePattern(pattern).split('*').join('[A-Z0-9]*')
    regex = new RegExp(`^${body}$`)
    compiled.set(pattern, regex)
  }
  return regex
}

/**
 * Whether a model (whole or begun: "DS-76", "ds7608ni") fits a pattern. A
 * model shorter than the pattern's fixed start fits when it begins it, so a
 * reader typing "DS-76" already sees the brand; below three characters nothing fits.
 */
export const modelFits = (pattern: string, model: string): boolean => {
  const normal = normalizeModel(model)
  if (normal.length < MIN_QUERY) return false
  const prefix = literalPrefix(pattern)
  if (normal.length < prefix.length) return prefix.startsWith(normal)
  return regexFor(pattern).test(normal)
}

/** True or a message for the editor. */
export const validateModelPattern = (value: unknown): true | string => {
  if (typeof value !== 'string' || !value.trim())
    return 'Enter a pattern such as DS-76* (the * stands for any characters).'
  if (/[^A-Za-z0-9*\-\s/.]/.test(value))
    return 'Use letters, digits, hyphens, spaces and * only, for example DS-76*.'
  if (literalPrefix(value).length < MIN_LITERAL)
    return `Start the pattern with at least ${MIN_LITERAL} letters or digits before any *, so that it names one brand's models (for example RLN*).`
  return true
}

/** An example must be a model the pattern names. */
export const validateModelExample = (value: unknown, pattern: unknown): true | string => {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string' || typeof pattern !== 'string')
    return 'Enter a model number such as DS-7616NI-E2.'
  return regexFor(pattern).test(normalizeModel(value))
    ? true
    : `The example does not fit the pattern ${pattern}.`
}

/**
 * Whether a query is a model number rather than words: one token of letters
 * and digits together (DS-7608NI-K2, RLN8-410, N831), at least four characters.
 */
export const looksLikeModel = (query: string): boolean => {
  const text = query.trim()
  if (!text || /\s/.test(text.replace(/\s*-\s*/g, '-'))) return false
  const normal = normalizeModel(text)
  return normal.length >= 4 && /[A-Z]/.test(normal) && /[0-9]/.test(normal)
}

/**
 * The brands whose patterns a model fits, the most specific pattern first (the
 * longest fixed start), one match per brand.
 */
export const matchModel = <B extends { id: unknown; modelPatterns?: ModelPattern[] | null }>(
  model: string,
  brands: B[],
): ModelMatch<B>[] => {
  const best = new Map<unknown, ModelMatch<B> & { specificity: number }>()
  for (const brand of brands) {
    for (const pattern of brand.modelPatterns ?? []) {
      if (!modelFits(pattern.pattern, model)) continue
      const specificity = literalPrefix(pattern.pattern).length
      const current = best.get(brand.id)
      if (!current || specificity > current.specificity)
        best.set(brand.id, { brand, pattern, specificity })
    }
  }
  return [...best.values()]
    .sort((a, b) => b.specificity - a.specificity)
    .map(({ brand, pattern }) => ({ brand, pattern }))
}
