import { processTerm, wordsWithOffsets } from './text'

/**
 * Highlighting as data: a text cut into plain and matching runs, which the
 * page renders as text and <mark> elements. Nothing here is HTML, so a
 * document's own markup can only ever show as text.
 */
export type Segment = { text: string; mark: boolean }

const matches = (word: string, terms: ReadonlySet<string>) => {
  const term = processTerm(word)
  return term !== null && terms.has(term)
}

/** The text, with each word that matched marked. */
export const highlight = (text: string, terms: ReadonlySet<string>): Segment[] => {
  const out: Segment[] = []
  let at = 0
  for (const { word, start, end } of wordsWithOffsets(text)) {
    if (!matches(word, terms)) continue
    if (start > at) out.push({ text: text.slice(at, start), mark: false })
    out.push({ text: text.slice(start, end), mark: true })
    at = end
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false })
  return out
}

export const EXCERPT_LENGTH = 180

/**
 * About EXCERPT_LENGTH characters of a longer text around its first match,
 * cut at word boundaries, highlighted; null when nothing in it matched.
 */
export const excerpt = (
  text: string,
  terms: ReadonlySet<string>,
  length = EXCERPT_LENGTH,
): Segment[] | null => {
  const flat = text.replace(/\s+/g, ' ').trim()
  const words = wordsWithOffsets(flat)
  const first = words.find((w) => matches(w.word, terms))
  if (!first) return null
  let start = Math.max(0, Math.min(first.start - Math.floor(length / 3), flat.length - length))
  let end = Math.min(flat.length, start + length)
  if (start > 0) start = words.find((w) => w.start >= start)?.start ?? start
  if (end < flat.length) end = [...words].reverse().find((w) => w.end <= end)?.end ?? end
  const segments = highlight(flat.slice(start, end), terms)
  if (start > 0) segments.unshift({ text: '…', mark: false })
  if (end < flat.length) segments.push({ text: '…', mark: false })
  return segments
}
