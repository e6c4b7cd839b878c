/**
 * The facts a text states about a procedure that another text may contradict:
 * how long a code or file stays valid, and how a lockout works (how many wrong
 * tries, for how long). Read sentence by sentence, so that a duration counts as
 * a validity window only beside words that say so ("valid", "expires", "use …
 * within"), not "wait 5 minutes for the reboot" or "arrives within minutes".
 */
import { type Duration, extractDurations, NUMBER_WORDS, withoutDurations } from './durations'

/** Sentences and semicolon clauses; "p. 61" and "e.g. the" do not end one. */
export const splitSentences = (text: string): string[] =>
  text
    .split(/(?<=;)\s+|(?<=[.!?])\s+(?=[^a-z0-9])/)
    .map((s) => s.trim())
    .filter(Boolean)

/** A sentence about how long something stays usable. */
export const VALIDITY_WORDS =
  /\bvalid(?:ity)?\b|\bexpir(?:e|es|ed|y|ation)\b|\bno longer works?\b|\bstops? working\b|\b(?:use|enter|import|redeem)\b[^.;]*?\b(?:within|in(?=\s+(?:\d|an?\s|one|two|three|the next))|the same day)/i

/** A sentence about a lockout. "Unlock" names a reset's goal, not a lockout, so it is not one. */
export const LOCK_WORDS = /\b(?:locks?|locked|locking|lock-?outs?|blocked|blocks)\b/i

// In such a sentence a duration belongs to the nearest word that says what it measures: one
// that speaks of validity ("valid", "expires", "use"), or a verb that ties it to something else,
// a delivery time, a wait or a press ("arrives within 5 minutes", "wait 5 minutes for the reboot").
const VALIDITY_MARK =
  /\bvalid(?:ity)?\b|\bexpir(?:e|es|ed|y|ation)\b|\bno longer works?\b|\bstops? working\b|\b(?:use|enter|import|redeem)\b/gi
const OTHER_MARK =
  /\b(?:arrives?|arriving|sent|comes?|takes?|wait|waiting|hold|holding|press|pressing|reboots?|restarts?|starts?|repl(?:y|ies)|answers?|responds?)\b/gi

const marks = (sentence: string) =>
  [
    ...[...sentence.matchAll(VALIDITY_MARK)].map((m) => ({ at: m.index, validity: true })),
    ...[...sentence.matchAll(OTHER_MARK)].map((m) => ({ at: m.index, validity: false })),
  ].sort((a, b) => a.at - b.at)

const measuresValidity = (sentence: string, duration: Duration) => {
  const at = sentence.indexOf(duration.text)
  const all = marks(sentence)
  const nearest = all.filter((m) => m.at < at).pop() ?? all.find((m) => m.at > at)
  return nearest?.validity ?? false
}

/** The validity windows a text states. */
export const validityDurations = (text: string): Duration[] =>
  splitSentences(text)
    .filter((s) => VALIDITY_WORDS.test(s))
    .flatMap((s) => extractDurations(s).filter((d) => measuresValidity(s, d)))

// "A", "an" and "one" are left out: far more often an article or a pronoun than a count ("then your new one").
const COUNT_WORDS = Object.fromEntries(
  Object.entries(NUMBER_WORDS).filter(([word]) => !['a', 'an', 'one'].includes(word)),
)
// A number on its own: not part of a model (RLN8-410, 4K), a version (V3.4.90), a time (9:00) or a phone number.
const COUNT = new RegExp(
  `(?<![\\w.\\-–:/])(\\d+|${Object.keys(COUNT_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\w\\-–:/]|[.,]\\d)`,
  'gi',
)

/** The numbers in a text that are not durations: counts such as "7 wrong files" or "3 to 10". */
export const countsIn = (text: string): number[] =>
  [...withoutDurations(text).matchAll(COUNT)].map(
    ([, n]) => COUNT_WORDS[n.toLowerCase()] ?? Number(n),
  )

export type LockFacts = { durations: Duration[]; counts: number[] }

/** The durations and counts stated in a text's sentences about lockouts. */
export const lockFacts = (text: string): LockFacts => {
  const sentences = splitSentences(text).filter((s) => LOCK_WORDS.test(s))
  return { durations: sentences.flatMap(extractDurations), counts: sentences.flatMap(countsIn) }
}

/** Every duration and count a lockout field names, sentence or not. */
export const allFacts = (text: string): LockFacts => ({
  durations: extractDurations(text),
  counts: countsIn(text),
})
