/**
 * Durations named in a text ("24 hours", "48 h", "5–10 s", "a day", "until the
 * end of the day"), reduced to one canonical key each, so that two texts about
 * the same procedure can be compared: "24 hours" and "a day" are the same
 * window, "24 h" and "48 h" are not.
 */

export type Duration = {
  /** The words as written. */
  text: string
  /** "86400s", "5-10s", or a named window such as "end-of-day". */
  key: string
  /** Lower and upper bound in seconds, where the text gives a number. */
  seconds?: readonly [number, number]
}

const UNITS: [RegExp, number][] = [
  [/^(?:seconds?|secs?|s)$/, 1],
  [/^(?:minutes?|mins?)$/, 60],
  [/^(?:hours?|hrs?|h)$/, 3_600],
  [/^days?$/, 86_400],
  [/^weeks?$/, 604_800],
  [/^months?$/, 2_592_000],
  [/^years?$/, 31_536_000],
]

/** Numbers the guides write as words, for the durations here and the counts in procedureFacts.ts. */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  'twenty-four': 24,
  thirty: 30,
  'forty-five': 45,
  'forty-eight': 48,
  sixty: 60,
  ninety: 90,
}

const DIGITS = '\\d+(?:[.,]\\d+)?'
const WORD = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')
const UNIT_WORD = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?'
const UNIT = `${UNIT_WORD}|secs?|mins?|hrs?|s|h`
const RANGE = '\\s*(?:–|—|-|to|or)\\s*'
// Digits take any unit, glued or not ("48h", "5–10 s"); words take a whole unit word after a
// space ("a day", never the "a s" of "as"). A number glued to letters, dots or dashes before
// it belongs to a model, a version or a phone number (RLN8-410, V3.4.90, 888.212.7538);
// metres' "m" and "d" are never read as time.
const AMOUNT = new RegExp(
  `(?<![\\w.\\-–:/])(?:(${DIGITS})(?:${RANGE}(${DIGITS}))?[\\s-]*(${UNIT})|(${WORD})(?:${RANGE}(${WORD}))?[\\s-]+(${UNIT_WORD}))(?![\\w])`,
  'gi',
)
const HALF_HOUR = /\bhalf an hour\b/gi
const FEW = /\b(?:a few|several)\s+(seconds|minutes|hours|days)\b/gi
const END_OF_DAY = /\b(?:(?:until |by )?the end of the day|the same day|until midnight)\b/gi

const toNumber = (word: string): number =>
  NUMBER_WORDS[word.toLowerCase()] ?? Number(word.replace(',', '.'))
const unitSeconds = (unit: string): number =>
  UNITS.find(([pattern]) => pattern.test(unit.toLowerCase()))![1]

const keyOf = ([low, high]: readonly [number, number]) =>
  low === high ? `${low}s` : `${low}-${high}s`

const mask = (text: string, pattern: RegExp) => text.replace(pattern, (m) => ' '.repeat(m.length))

/** Every duration in the text, in the order written. */
export const extractDurations = (text: string): Duration[] => {
  const found: (Duration & { at: number })[] = []
  for (const match of text.matchAll(HALF_HOUR))
    found.push({ text: match[0], key: '1800s', seconds: [1800, 1800], at: match.index })
  for (const match of text.matchAll(FEW))
    found.push({ text: match[0], key: `few-${match[1].toLowerCase()}`, at: match.index })
  for (const match of text.matchAll(END_OF_DAY))
    found.push({ text: match[0], key: 'end-of-day', at: match.index })
  // Named windows first, so that the "an hour" of "half an hour" is not read again.
  for (const match of mask(text, HALF_HOUR).matchAll(AMOUNT)) {
    const [whole, d1, d2, dUnit, w1, w2, wUnit] = match
    const [first, second, unit] = d1 ? [d1, d2, dUnit] : [w1, w2, wUnit]
    // "a" and "an" only count before a unit on their own ("a day"), never in a range;
    // "a second" is an ordinal ("a second request"), not a duration.
    if (/^(?:a|an)$/i.test(first) && (second || /^second$/i.test(unit))) continue
    const scale = unitSeconds(unit)
    const low = toNumber(first) * scale
    const high = second ? toNumber(second) * scale : low
    const seconds = [Math.min(low, high), Math.max(low, high)] as const
    found.push({ text: whole.trim(), key: keyOf(seconds), seconds, at: match.index })
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...duration }) => duration)
}

/** The text with its durations cut out, so that the numbers left are not read twice. */
export const withoutDurations = (text: string): string =>
  mask(text, HALF_HOUR).replace(AMOUNT, ' ').replace(FEW, ' ').replace(END_OF_DAY, ' ')

/** Whether two durations name the same window. */
export const sameDuration = (a: Duration, b: Duration): boolean => a.key === b.key
