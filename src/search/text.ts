/**
 * How text becomes search terms, the same for what is indexed and what a
 * reader types: split on spaces and punctuation, lower case, accents folded,
 * a few filler words dropped (a question such as "how do I reset my
 * hikvision" must not require "how" to appear in a guide).
 */

const SPLIT = /[\s\p{P}\p{S}]+/u

const STOP_WORDS = new Set(
  'a an and are at be by can do does for from how i in into is it me my of on or our please the this to was what when where with you your'.split(
    ' ',
  ),
)

/** A word as stored in the index: lower case, accents folded; null for a filler word. */
export const processTerm = (word: string): string | null => {
  const term = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  return term && !STOP_WORDS.has(term) ? term : null
}

export const tokenize = (text: string): string[] => text.split(SPLIT).filter(Boolean)

/** The terms of a text, in order, filler words left out. */
export const termsOf = (text: string | null | undefined): string[] =>
  text ? tokenize(text).flatMap((word) => processTerm(word) ?? []) : []

/** Each word of a text with where it starts, to highlight matches in the original text. */
export const wordsWithOffsets = (text: string): { word: string; start: number; end: number }[] => {
  const out: { word: string; start: number; end: number }[] = []
  const pattern = /[^\s\p{P}\p{S}]+/gu
  for (let m = pattern.exec(text); m; m = pattern.exec(text))
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length })
  return out
}
