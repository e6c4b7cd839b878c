import type { Requirement } from '../collections/Methods/options'

/**
 * The chooser's questions. Each "no" rules out the methods that need what the
 * question asks about; an unanswered question rules out nothing.
 */
export type Answer = 'yes' | 'no'

export type Question = {
  /** The GET parameter, short so that a shared link stays readable. */
  key: string
  text: string
  /** Requirements a "no" answer rules out. */
  rulesOut: Requirement[]
}

export const QUESTIONS: Question[] = [
  { key: 'password', text: 'Do you still know the current password (or are you still logged in)?', rulesOut: ['old-password'] },
  { key: 'questions', text: 'Did you set up security questions on the recorder?', rulesOut: ['security-questions-set'] },
  { key: 'email', text: 'Did you set a recovery (reserved) e-mail address on the recorder?', rulesOut: ['reserved-email-set'] },
  { key: 'keyfile', text: 'Did you export a key file (for example a GUID file) beforehand?', rulesOut: ['key-file-exported'] },
  { key: 'app', text: 'Is the recorder linked to the vendor’s phone app or cloud account?', rulesOut: ['app-binding'] },
  { key: 'local', text: 'Can you reach the recorder with a monitor and mouse connected?', rulesOut: ['physical-access', 'monitor-and-mouse'] },
  { key: 'network', text: 'Do you have a computer on the same network as the recorder?', rulesOut: ['same-network', 'vendor-tool'] },
  { key: 'serial', text: 'Can you read the recorder’s serial number?', rulesOut: ['serial-number'] },
  { key: 'opencase', text: 'Can you open the recorder’s case?', rulesOut: ['open-case'] },
]

/** Whether the reader accepts losing settings; "no" rules out destructive methods. */
export const LOSS_QUESTION = { key: 'loss', text: 'Are you willing to lose all settings (a factory reset)?' }

export type Answers = Record<string, Answer>

/** Reads answers from URL search parameters, ignoring anything that is not a known question or answer. */
export const parseAnswers = (params: Record<string, string | string[] | undefined>): Answers => {
  const answers: Answers = {}
  for (const key of [...QUESTIONS.map((q) => q.key), LOSS_QUESTION.key]) {
    const raw = params[key]
    const value = Array.isArray(raw) ? raw[0] : raw
    if (value === 'yes' || value === 'no') answers[key] = value
  }
  return answers
}
