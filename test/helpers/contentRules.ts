/**
 * The rules the seeded guides are held to (issue: content readers can trust).
 * Each rule returns the problems it finds, every one naming the guide, the
 * method and the words at fault, so that a failing test says what to fix.
 */
import type { DataLoss, MethodKind } from '../../src/collections/Methods/options'
import { extractDurations } from '../../src/lib/durations'
import {
  allFacts,
  lockFacts,
  splitSentences,
  validityDurations,
} from '../../src/lib/procedureFacts'
import { isBareHomePage } from '../../src/lib/sourceAddress'
import type { SeedBrand, SeedMethod, SeedSource } from '../../src/seed/factories'

/** A brand's guide, or the general guide (no brand). */
export type Guide = Pick<SeedBrand, 'name' | 'methods'> &
  Partial<Pick<SeedBrand, 'summary' | 'support' | 'relations' | 'modelPatterns'>>

export type Rule = (guide: Guide) => string[]

const at = (guide: Guide, method?: SeedMethod) =>
  method ? `${guide.name} › ${method.slug}` : guide.name
const quote = (text: string) => `“${text.length > 160 ? `${text.slice(0, 157)}…` : text}”`

/** Kinds that reset the recorder wherever they are documented: a shown one asks for no method of its own. */
export const DESTRUCTIVE_KINDS: ReadonlySet<MethodKind> = new Set<MethodKind>([
  'reset-button',
  'restore-software',
])
const loses = (dataLoss: DataLoss) => dataLoss !== 'none'

/** Every text a method shows readers, each with where it is. */
export const methodTexts = (method: SeedMethod): { where: string; text: string }[] => [
  { where: 'summary', text: method.summary },
  ...method.steps.flatMap((step, i) => [
    { where: `step ${i + 1} title`, text: step.title },
    ...step.body.map((text) => ({ where: `step ${i + 1}`, text })),
    ...(step.callouts ?? []).map((c) => ({ where: `step ${i + 1} ${c.kind}`, text: c.text })),
  ]),
]

// ---- sources ---------------------------------------------------------------

const MANUAL = /\bmanual\b/i
// A page by someone other than the vendor says so in its title; readers see the label.
const THIRD_PARTY = /\b(?:reseller|distributor|dealer|installer|republished|forum|blog)\b/i
// Pages that hand out what the issue forbids citing: password generators, unofficial firmware, exploits.
const FORBIDDEN =
  /generator|\bcrack|exploit|backdoor|master[-_ ]?password|unofficial[-_ ]firmware|keygen/i
const PAGE_IN_URL = /[?&](?:page|p|pg)=\d+|[/#]page[-_=]?\d+/i

const isWebAddress = (url: string | undefined) => {
  try {
    return Boolean(url) && ['http:', 'https:'].includes(new URL(url!).protocol)
  } catch {
    return false
  }
}
const pageLevel = (source: Pick<SeedSource, 'url'>) =>
  isWebAddress(source.url) && !isBareHomePage(source.url)

const sourceFaults = (
  source: Pick<SeedSource, 'title' | 'url' | 'page' | 'publisher'>,
): string[] => {
  const faults: string[] = []
  if (!isWebAddress(source.url)) faults.push(`source without a web address: ${quote(source.title)}`)
  else if (isBareHomePage(source.url))
    faults.push(`source is a bare home page: ${quote(source.title)} (${source.url})`)
  if (MANUAL.test(source.title) && !source.page && !PAGE_IN_URL.test(source.url ?? '')) {
    faults.push(`manual cited without its page: ${quote(source.title)}`)
  }
  if (THIRD_PARTY.test(source.title) && source.publisher !== 'third-party')
    faults.push(`source not labelled third-party: ${quote(source.title)}`)
  if (FORBIDDEN.test(`${source.title} ${source.url}`))
    faults.push(
      `source offers password generators, unofficial firmware or exploits: ${quote(source.title)} (${source.url})`,
    )
  return faults
}

/**
 * Every method has a source, every source a page a reader can check, every manual its
 * page; a third party's page is labelled so, and none offers generators or exploits.
 */
export const sourcesArePrecise: Rule = (guide) => [
  ...guide.methods.flatMap((method) => {
    if (method.sources.length === 0) return [`${at(guide, method)}: no source`]
    const faults = method.sources.flatMap(sourceFaults).map((f) => `${at(guide, method)}: ${f}`)
    if (!method.sources.some(pageLevel))
      faults.push(`${at(guide, method)}: no source has a page-level address`)
    return faults
  }),
  ...(guide.relations ?? []).flatMap((r) =>
    sourceFaults(r.source).map((f) => `${at(guide)} (relation to ${r.brand}): ${f}`),
  ),
  ...(guide.modelPatterns ?? []).flatMap((p) =>
    sourceFaults(p.source).map((f) => `${at(guide)} (model pattern ${p.pattern}): ${f}`),
  ),
]

/** Every method says when it was last checked against its sources: a real day, not one still to come. */
export const checkedOnADay: Rule = (guide) =>
  guide.methods.flatMap((method) => {
    const day = method.checkedAt
    if (!day)
      return [
        `${at(guide, method)}: no checkedAt (the day it was last checked against its sources)`,
      ]
    const noon = new Date(`${day}T12:00:00.000Z`)
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(day) ||
      Number.isNaN(noon.getTime()) ||
      noon.toISOString().slice(0, 10) !== day
    ) {
      return [`${at(guide, method)}: checkedAt “${day}” is not a day (YYYY-MM-DD)`]
    }
    if (day > new Date().toISOString().slice(0, 10))
      return [`${at(guide, method)}: checkedAt “${day}” is still to come`]
    return []
  })

// ---- what the sources show -------------------------------------------------

/**
 * A way back in that a brand's own sources show and that loses nothing is a method
 * of the brand; and a brand whose methods all lose data has no source showing one.
 */
export const shownWaysAreMethods: Rule = (guide) => {
  if (guide.methods.length === 0) return []
  const kinds = new Set(guide.methods.map((m) => m.kind))
  const allLose = guide.methods.every((m) => loses(m.dataLoss))
  const problems: string[] = []
  for (const method of guide.methods) {
    for (const source of method.sources) {
      for (const kind of source.shows ?? []) {
        if (DESTRUCTIVE_KINDS.has(kind)) continue
        if (!kinds.has(kind)) {
          problems.push(
            `${at(guide, method)}: source ${quote(source.title)} shows “${kind}”, a way that loses nothing, but ${guide.name} has no ${kind} method`,
          )
        } else if (allLose) {
          problems.push(
            `${at(guide, method)}: every method of ${guide.name} loses data, while source ${quote(source.title)} shows “${kind}”, which need not`,
          )
        }
      }
    }
  }
  return [...new Set(problems)]
}

// ---- order and safety ------------------------------------------------------

/** Methods that lose data come after every method that loses nothing. */
export const dataLossLast: Rule = (guide) => {
  const problems: string[] = []
  guide.methods.forEach((method, i) => {
    if (!loses(method.dataLoss)) return
    const later = guide.methods.slice(i + 1).find((m) => !loses(m.dataLoss))
    if (later)
      problems.push(
        `${at(guide, method)}: loses ${method.dataLoss} but comes before “${later.slug}”, which loses nothing`,
      )
  })
  return problems
}

// "Only …" that excludes every other way, not "only if" / "only on some models", which orders or narrows.
const ONLY_ROUTE =
  /\bonly (?:way|option|choice|route|solution|remedy)\b|\bthe only\b|\bonly\b[^.;]{0,80}\b(?:remains?|is left|are left)\b|\bno other (?:way|option|choice|method|route)\b|\bnothing (?:else )?but\b|\byou (?:must|have to|will have to|need to)\b[^.;]{0,40}\b(?:factory|hard reset|reset button|initiali[sz]e)/i
const DESTRUCTIVE_WORDS =
  /\bfactory\b|\breset button\b|\bhard reset\b|\berase|\bwipe|\binitiali[sz]|\bmainboard\b|\brestor(?:e|es|ing)\b(?!\s+(?:the\s+|your\s+)?password)/i

/** Where a brand documents a way that loses nothing, no text presents a destructive one as the only way. */
export const destructiveNeverTheOnlyWay: Rule = (guide) => {
  if (!guide.methods.some((m) => !loses(m.dataLoss))) return []
  const texts = [
    ...(guide.summary ? [{ where: at(guide), text: guide.summary }] : []),
    ...(guide.support?.policy
      ? [{ where: `${at(guide)} (support policy)`, text: guide.support.policy }]
      : []),
    ...guide.methods.flatMap((m) =>
      methodTexts(m).map(({ where, text }) => ({ where: `${at(guide, m)} (${where})`, text })),
    ),
  ]
  return texts.flatMap(({ where, text }) =>
    splitSentences(text)
      .filter((s) => ONLY_ROUTE.test(s) && DESTRUCTIVE_WORDS.test(s))
      .map(
        (s) =>
          `${where}: presents a destructive route as the only one, although ${guide.name} has one that loses nothing: ${quote(s)}`,
      ),
  )
}

// ---- one fact, one value ---------------------------------------------------

const keys = (text: string | undefined) => new Set(extractDurations(text ?? '').map((d) => d.key))

/**
 * Within a method, every validity window its texts state is in its `validity`
 * field, and every count or duration its lockout sentences state is in its
 * `lockout`; in a brand, the summary agrees with the methods, and methods of one
 * kind state one validity window.
 */
export const oneFactOneValue: Rule = (guide) => {
  const problems: string[] = []
  for (const method of guide.methods) {
    const validity = keys(method.validity)
    const lockout = allFacts(method.lockout ?? '')
    // Sentence by sentence, so that each problem quotes the words that state the fact.
    for (const { where, text: whole } of methodTexts(method)) {
      for (const text of splitSentences(whole)) {
        for (const d of validityDurations(text)) {
          if (!method.validity)
            problems.push(
              `${at(guide, method)} (${where}): states a validity of “${d.text}” but the method has no validity: ${quote(text)}`,
            )
          else if (!validity.has(d.key))
            problems.push(
              `${at(guide, method)} (${where}): says valid “${d.text}”, its validity says ${quote(method.validity)}: ${quote(text)}`,
            )
        }
        const stated = lockFacts(text)
        if ((stated.durations.length || stated.counts.length) && !method.lockout) {
          problems.push(
            `${at(guide, method)} (${where}): states a lockout but the method has no lockout: ${quote(text)}`,
          )
          continue
        }
        for (const d of stated.durations) {
          if (!lockout.durations.some((l) => l.key === d.key))
            problems.push(
              `${at(guide, method)} (${where}): lockout of “${d.text}”, its lockout says ${quote(method.lockout!)}: ${quote(text)}`,
            )
        }
        for (const n of stated.counts) {
          if (!lockout.counts.includes(n))
            problems.push(
              `${at(guide, method)} (${where}): lockout after ${n}, its lockout says ${quote(method.lockout!)}: ${quote(text)}`,
            )
        }
      }
    }
  }

  if (guide.summary) {
    const windows = new Set(guide.methods.flatMap((m) => [...keys(m.validity)]))
    for (const sentence of splitSentences(guide.summary)) {
      for (const d of validityDurations(sentence)) {
        if (!windows.has(d.key))
          problems.push(
            `${at(guide)} (summary): says valid “${d.text}”, which no method’s validity says: ${quote(sentence)}`,
          )
      }
    }
  }

  const byKind = new Map<MethodKind, SeedMethod[]>()
  for (const m of guide.methods)
    if (keys(m.validity).size) byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), m])
  for (const [kind, methods] of byKind) {
    const first = methods[0]
    const firstKeys = [...keys(first.validity)].sort().join(' ')
    for (const other of methods.slice(1)) {
      if ([...keys(other.validity)].sort().join(' ') !== firstKeys) {
        problems.push(
          `${at(guide, other)}: ${kind} valid ${quote(other.validity!)}, but “${first.slug}” (same kind) says ${quote(first.validity!)}`,
        )
      }
    }
  }
  return problems
}

const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')
const names = (name: string) => new RegExp(`(?<![\\w-])${escape(name)}(?![\\w-])`)

/**
 * Where the general guide gives a brand's own timing ("Dahua …: keep holding 5–10
 * seconds"), that brand's guide gives the same: each duration in a general-guide
 * sentence that names a brand appears in that brand's methods of the same kind.
 */
export const generalAgreesWithBrands = (general: Guide, brands: Guide[]): string[] => {
  const problems: string[] = []
  for (const method of general.methods) {
    for (const { where, text } of methodTexts(method)) {
      for (const sentence of splitSentences(text)) {
        const durations = extractDurations(sentence)
        if (durations.length === 0) continue
        const named = brands.filter((b) => names(b.name).test(sentence))
        for (const brand of named) {
          const same = brand.methods.filter((m) => m.kind === method.kind)
          if (same.length === 0) {
            problems.push(
              `${at(general, method)} (${where}): gives ${brand.name}’s ${method.kind} timing, but ${brand.name} has no ${method.kind} method: ${quote(sentence)}`,
            )
            continue
          }
          const stated = new Set(
            same.flatMap((m) =>
              [
                m.validity,
                m.lockout,
                m.estimatedTime,
                ...methodTexts(m).map((t) => t.text),
              ].flatMap((t) => [...keys(t)]),
            ),
          )
          for (const d of durations) {
            if (!stated.has(d.key))
              problems.push(
                `${at(general, method)} (${where}): says “${d.text}” for ${brand.name}, which ${brand.name}’s ${method.kind} method does not say: ${quote(sentence)}`,
              )
          }
        }
      }
    }
  }
  return problems
}

export const RULES = {
  sourcesArePrecise,
  checkedOnADay,
  shownWaysAreMethods,
  dataLossLast,
  destructiveNeverTheOnlyWay,
  oneFactOneValue,
} as const
