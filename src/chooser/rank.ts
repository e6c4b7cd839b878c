import {
  DATA_LOSS,
  type DataLoss,
  type MethodKind,
  REQUIREMENTS,
  type Requirement,
} from '../collections/Methods/options'

import { LOSS_RANK } from './order'
import { type Answers, LOSS_QUESTION, QUESTIONS } from './questions'

export type RankableMethod = {
  id: number | string
  title: string
  kind: MethodKind
  requirements?: Requirement[] | null
  dataLoss: DataLoss
  order?: number | null
}

export type Ranked<M> = {
  /** Methods whose requirements are met or not ruled out, best first. */
  fits: M[]
  /** The others, each with the reasons it does not fit. */
  ruledOut: { method: M; reasons: string[] }[]
}

/** Rough time to get back in: done on the spot, at the recorder with tools, or waiting for someone else. */
const SPEED_RANK: Record<MethodKind, number> = {
  menu: 0,
  'security-questions': 0,
  'key-file': 0,
  'reserved-email': 1,
  'app-qr': 1,
  'mac-code': 1,
  'restore-software': 1,
  'reset-button': 2,
  other: 2,
  'temporary-password': 3,
  'support-code': 3,
}

/** What a "no" answer rules out: requirement → the question that ruled it out. */
const ruledOutRequirements = (answers: Answers): Set<Requirement> => {
  const out = new Set<Requirement>()
  for (const question of QUESTIONS) {
    if (answers[question.key] === 'no') question.rulesOut.forEach((r) => out.add(r))
  }
  return out
}

/** Requirements the reader confirmed having. */
const confirmedRequirements = (answers: Answers): Set<Requirement> => {
  const yes = new Set<Requirement>()
  for (const question of QUESTIONS) {
    if (answers[question.key] === 'yes') question.rulesOut.forEach((r) => yes.add(r))
  }
  return yes
}

/**
 * Ranks methods for a reader's answers. Methods that lose data come after every
 * one that does not, however well they fit; then methods whose every requirement
 * the reader confirmed come first, then those not ruled out; within each, the
 * quickest first. The rest are returned with the reasons they do not fit.
 */
export const rankMethods = <M extends RankableMethod>(
  methods: M[],
  answers: Answers,
): Ranked<M> => {
  const missing = ruledOutRequirements(answers)
  const confirmed = confirmedRequirements(answers)
  const refusesLoss = answers[LOSS_QUESTION.key] === 'no'

  const fits: M[] = []
  const ruledOut: Ranked<M>['ruledOut'] = []
  for (const method of methods) {
    const reasons = (method.requirements ?? [])
      .filter((r) => missing.has(r))
      .map(
        (r) =>
          `Needs: ${REQUIREMENTS[r].charAt(0).toLowerCase()}${REQUIREMENTS[r].slice(1)}, which you said you don’t have.`,
      )
    if (refusesLoss && method.dataLoss !== 'none') {
      reasons.push(`${DATA_LOSS[method.dataLoss]}, and you don’t want to lose settings.`)
    }
    if (reasons.length) ruledOut.push({ method, reasons })
    else fits.push(method)
  }

  const unknowns = (m: M) => (m.requirements ?? []).filter((r) => !confirmed.has(r)).length
  const met = (m: M) => (unknowns(m) === 0 ? 0 : 1)
  fits.sort(
    (a, b) =>
      LOSS_RANK[a.dataLoss] - LOSS_RANK[b.dataLoss] ||
      met(a) - met(b) ||
      SPEED_RANK[a.kind] - SPEED_RANK[b.kind] ||
      unknowns(a) - unknowns(b) ||
      (a.order ?? 0) - (b.order ?? 0),
  )
  return { fits, ruledOut }
}
