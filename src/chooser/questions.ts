import type { DataLoss, Requirement } from '../collections/Methods/options'

import { CHOOSER_KEYS } from './keys.mjs'

/**
 * The chooser's questions. Each "no" rules out the methods that need what the
 * question asks about; an unanswered question rules out nothing.
 */
export type Answer = 'yes' | 'no'

/** A question's GET parameter, short so that a shared link stays readable. */
export type QuestionKey = (typeof CHOOSER_KEYS)[number]

export type Question = {
  key: QuestionKey
  text: string
  /** Requirements a "no" answer rules out. */
  rulesOut: Requirement[]
}

export const QUESTIONS: Question[] = [
  {
    key: 'password',
    text: 'Do you still know the current password (or are you still logged in)?',
    rulesOut: ['old-password'],
  },
  {
    key: 'questions',
    text: 'Did you set up security questions on the recorder?',
    rulesOut: ['security-questions-set'],
  },
  {
    key: 'email',
    text: 'Did you set a recovery (reserved) e-mail address on the recorder?',
    rulesOut: ['reserved-email-set'],
  },
  {
    key: 'keyfile',
    text: 'Did you export a key file (for example a GUID file) beforehand?',
    rulesOut: ['key-file-exported'],
  },
  {
    key: 'app',
    text: 'Is the recorder linked to the vendor’s phone app or cloud account?',
    rulesOut: ['app-binding'],
  },
  {
    key: 'local',
    text: 'Can you reach the recorder with a monitor and mouse connected?',
    rulesOut: ['physical-access', 'monitor-and-mouse'],
  },
  {
    key: 'network',
    text: 'Do you have a computer on the same network as the recorder?',
    rulesOut: ['same-network', 'vendor-tool'],
  },
  {
    key: 'serial',
    text: 'Can you read the recorder’s serial number?',
    rulesOut: ['serial-number'],
  },
  { key: 'opencase', text: 'Can you open the recorder’s case?', rulesOut: ['open-case'] },
]

/** Whether the reader accepts losing settings; "no" rules out destructive methods. */
export const LOSS_QUESTION = {
  key: 'loss',
  text: 'Are you willing to lose all settings (a factory reset)?',
} as const satisfies { key: QuestionKey; text: string }

/** What the form asks: a question's parameter and its words. */
export type AskedQuestion = { key: QuestionKey; text: string }

export type Answers = Partial<Record<QuestionKey, Answer>>

type ChoosableMethod = { requirements?: Requirement[] | null; dataLoss: DataLoss }

/** Whether a "no" to a question leaves some of the methods but not all: only then is it worth asking. */
const splits = (methods: ChoosableMethod[], ruledOut: (m: ChoosableMethod) => boolean) => {
  const out = methods.filter(ruledOut).length
  return out > 0 && out < methods.length
}

/**
 * The questions that tell these methods apart, in the chooser's order: those
 * whose "no" rules out some of the methods but not all, and the data-loss
 * question only when some methods keep the settings and others do not. A brand
 * without a key-file method is never asked about key files; a brand with a
 * single method is asked nothing.
 */
export const questionsFor = (methods: ChoosableMethod[]): AskedQuestion[] => {
  const asked: AskedQuestion[] = QUESTIONS.filter((q) =>
    splits(methods, (m) => (m.requirements ?? []).some((r) => q.rulesOut.includes(r))),
  )
  if (splits(methods, (m) => m.dataLoss !== 'none')) asked.push(LOSS_QUESTION)
  return asked.map(({ key, text }) => ({ key, text }))
}

const ALL_KEYS: readonly QuestionKey[] = CHOOSER_KEYS

/**
 * Reads answers from URL search parameters: only the given questions (all by
 * default) and only "yes" or "no"; anything else is ignored.
 */
export const parseAnswers = (
  params: Record<string, string | string[] | undefined>,
  asked: readonly { key: QuestionKey }[] = ALL_KEYS.map((key) => ({ key })),
): Answers => {
  const answers: Answers = {}
  for (const { key } of asked) {
    const raw = params[key]
    const value = Array.isArray(raw) ? raw[0] : raw
    if (value === 'yes' || value === 'no') answers[key] = value
  }
  return answers
}

/** The answers as a short query string, in the chooser's order, without empty values: `email=no&loss=no`. */
export const answersQuery = (answers: Answers): string => {
  const query = new URLSearchParams()
  for (const key of ALL_KEYS) {
    const value = answers[key]
    if (value) query.set(key, value)
  }
  return query.toString()
}
