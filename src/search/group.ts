import { brandPath, GENERAL_GUIDE, methodHref, stepHref } from '../routes'

import type { BuiltIndex, MethodDoc } from './build'
import type { BrandRef, StepText } from './documents'
import { excerpt, highlight, type Segment } from './highlight'
import type { ModelHit } from './models'
import { fieldsOf, type Hit } from './query'
import { termsOf } from './text'

export type StepResult = {
  title: Segment[]
  order: number
  href: string
  excerpt: Segment[] | null
}
export type MethodResult = {
  id: string
  title: Segment[]
  href: string
  excerpt: Segment[] | null
  steps: StepResult[]
}
export type ResultGroup = {
  key: string
  /** The brand, or null for the general guide (methods for any brand). */
  brand: BrandRef | null
  heading: Segment[]
  href: string
  /** Why the brand itself matched: an alias, a model number. */
  notes: Segment[][]
  methods: MethodResult[]
  /** Matching methods of this guide not listed here. */
  moreMethods: number
}

/** What one results page shows at most: the best guides, each with its best methods and steps. */
export const LIMITS = { groups: 8, methodsPerGroup: 4, stepsPerMethod: 2 }

type Pending = {
  key: string
  brand: BrandRef | null
  score: number
  brandHit: Hit | null
  model: ModelHit | null
  methods: Map<string, { score: number }>
}

/** The steps of a method that hold the matching words, those with them in their title first, then by the number of them, then in order. */
const matchingSteps = (steps: StepText[], terms: ReadonlySet<string>, most: number) =>
  steps
    .map((step) => ({
      step,
      score:
        termsOf(step.title).filter((t) => terms.has(t)).length * 3 +
        new Set(termsOf(step.text).filter((t) => terms.has(t))).size,
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.step.order - b.step.order)
    .slice(0, most)
    .map((s) => s.step)

/** A brand's name matched, or only its aliases or models: say which alias. */
const brandNotes = (hit: Hit, terms: ReadonlySet<string>): Segment[][] => {
  const doc = hit.doc
  if (doc.kind !== 'brand') return []
  const notes: Segment[][] = []
  if (fieldsOf(hit).has('aliases')) {
    const names = doc.aliases.filter((alias) => highlight(alias, terms).some((s) => s.mark))
    for (const alias of names)
      notes.push([{ text: 'Also sold as ', mark: false }, ...highlight(alias, terms)])
  }
  return notes
}

const plain = (text: string): Segment => ({ text, mark: false })

/** "DS-7608NI-K2 matches Hikvision’s DS-76* network video recorders", and the OEM where the source names one. */
const modelNotes = ({ typed, brand, pattern }: ModelHit): Segment[][] => {
  const notes: Segment[][] = [
    [
      { text: typed, mark: true },
      plain(` matches ${brand.name}’s ${pattern.pattern} ${pattern.label ?? 'models'}.`),
    ],
  ]
  if (pattern.oem)
    notes.push([
      plain(
        `Made by ${pattern.oem.name}, or on its firmware${pattern.source ? ` (${pattern.source})` : ''}.`,
      ),
    ])
  return notes
}

/**
 * Ranked hits as results grouped by guide: each brand (or the general guide)
 * once, in the order of its best match, with its matching methods and,
 * under each, the steps whose own words matched.
 */
export const groupHits = (
  index: BuiltIndex,
  hits: Hit[],
  models: ModelHit[] = [],
  limits = LIMITS,
): ResultGroup[] => {
  const groups = new Map<string, Pending>()
  const terms = new Set<string>()
  // Hits come best first, so a guide's first hit is its best: once the page's guides are known, the rest of the hits only add to them.
  const groupOf = (brand: BrandRef | null, score: number) => {
    const key = brand ? `brand:${brand.id}` : 'general'
    let group = groups.get(key)
    if (!group) {
      if (groups.size >= limits.groups + models.length) return null
      groups.set(
        key,
        (group = { key, brand, score, brandHit: null, model: null, methods: new Map() }),
      )
    }
    group.score = Math.max(group.score, score)
    return group
  }
  const methodOf = (group: Pending, methodId: string, score: number) => {
    let entry = group.methods.get(methodId)
    if (!entry) group.methods.set(methodId, (entry = { score }))
    entry.score = Math.max(entry.score, score)
    return entry
  }

  // A brand named by a model number comes first, whatever the words matched, most specific pattern first.
  models.forEach((model, i) => {
    const group = groupOf(model.brand, Number.MAX_VALUE / (i + 1))!
    group.model = model
    if (group.methods.size === 0) {
      for (const [n, method] of (index.methodsByBrand.get(model.brand.id) ?? []).entries())
        methodOf(group, method.methodId, -n)
    }
  })

  for (const hit of hits) {
    const { doc } = hit
    const group = groupOf(doc.brand, hit.score)
    if (!group) continue
    if (doc.kind === 'brand') group.brandHit = hit
    else methodOf(group, doc.methodId, hit.score)
    hit.terms.forEach((t) => terms.add(t))
  }

  return [...groups.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, limits.groups)
    .map((group) => {
      const methods = [...group.methods.entries()].sort((a, b) => b[1].score - a[1].score)
      return {
        key: group.key,
        brand: group.brand,
        heading: group.brand
          ? highlight(group.brand.name, terms)
          : [{ text: 'General guide', mark: false }],
        href: group.brand ? brandPath(group.brand.slug) : GENERAL_GUIDE,
        notes: [
          ...(group.model ? modelNotes(group.model) : []),
          ...(group.brandHit ? brandNotes(group.brandHit, terms) : []),
        ],
        methods: methods.slice(0, limits.methodsPerGroup).flatMap(([methodId]) => {
          const method = index.docs.get(`method:${methodId}`) as MethodDoc | undefined
          if (!method) return []
          const brandSlug = method.brand?.slug ?? null
          return [
            {
              id: methodId,
              title: highlight(method.title, terms),
              href: methodHref(method.slug, brandSlug),
              excerpt: method.summary ? excerpt(method.summary, terms) : null,
              steps: matchingSteps(method.steps, terms, limits.stepsPerMethod).map((step) => ({
                title: highlight(step.title, terms),
                order: step.order,
                href: stepHref(method.slug, step.order, brandSlug),
                excerpt: excerpt(step.text, terms),
              })),
            },
          ]
        }),
        moreMethods: Math.max(0, methods.length - limits.methodsPerGroup),
      }
    })
}
