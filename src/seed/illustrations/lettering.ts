/**
 * Lettering drawn as strokes, not set in a font: the pictures are rendered on
 * whatever machine runs the seed (the Docker image has no fonts at all), and
 * SVG <text> would come out blank or in a fallback face there. Capitals,
 * digits and a little punctuation, on a grid 10 units tall (y down, baseline
 * at 10), drawn with round caps and joins.
 */

/** An elliptical arc from one angle to another (degrees, 0 = right, 90 = down), as path data. */
const arc = (
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  from: number,
  to: number,
  lead: 'M' | 'L' = 'M',
) => {
  const at = (deg: number) => {
    const r = (deg * Math.PI) / 180
    return `${round(cx + rx * Math.cos(r))} ${round(cy + ry * Math.sin(r))}`
  }
  const large = Math.abs(to - from) > 180 ? 1 : 0
  const sweep = to > from ? 1 : 0
  return `${lead}${at(from)}A${rx} ${ry} 0 ${large} ${sweep} ${at(to)}`
}

const round = (n: number) => Math.round(n * 100) / 100

/** Width in grid units and the strokes, for each character drawn. */
const GLYPHS: Record<string, [number, string]> = {
  A: [6, 'M0 10L3 0L6 10M1.05 6.6H4.95'],
  B: [5.4, 'M0 10V0H2.9A2.45 2.5 0 0 1 2.9 5H0M2.9 5A2.5 2.5 0 0 1 2.9 10H0'],
  C: [5.7, arc(3.3, 5, 3.3, 5, -42, -318)],
  D: [5.8, 'M0 0H2A3.8 5 0 0 1 2 10H0Z'],
  E: [5, 'M5 0H0V10H5M0 5H4.2'],
  F: [5, 'M5 0H0V10M0 5H4.2'],
  G: [6.4, `${arc(3.3, 5, 3.3, 5, -42, -338)}V5.3H3.7`],
  H: [6, 'M0 0V10M6 0V10M0 5H6'],
  I: [0, 'M0 0V10'],
  J: [4.6, 'M4.6 0V7A2.3 3 0 0 1 0 7'],
  K: [5.6, 'M0 0V10M5.6 0L0 6.4M2 4.3L5.6 10'],
  L: [4.8, 'M0 0V10H4.8'],
  M: [7.2, 'M0 10V0L3.6 7.5L7.2 0V10'],
  N: [6, 'M0 10V0L6 10V0'],
  O: [6.8, 'M3.4 0A3.4 5 0 1 1 3.4 10A3.4 5 0 1 1 3.4 0Z'],
  P: [5.4, 'M0 10V0H2.8A2.6 2.65 0 0 1 2.8 5.3H0'],
  Q: [6.8, 'M3.4 0A3.4 5 0 1 1 3.4 10A3.4 5 0 1 1 3.4 0ZM3.9 6.9L6.6 10.6'],
  R: [5.6, 'M0 10V0H2.8A2.6 2.65 0 0 1 2.8 5.3H0M2.9 5.3L5.6 10'],
  S: [
    5.4,
    'M5.1 1.6C4.6 0.5 3.7 0 2.7 0C1.3 0 0.3 0.9 0.3 2.5C0.3 5.6 5.4 4.4 5.4 7.5C5.4 9.1 4.2 10 2.7 10C1.5 10 0.5 9.4 0 8.3',
  ],
  T: [6, 'M0 0H6M3 0V10'],
  U: [6, 'M0 0V6.8A3 3.2 0 0 0 6 6.8V0'],
  V: [6.2, 'M0 0L3.1 10L6.2 0'],
  W: [8.6, 'M0 0L2.1 10L4.3 2.2L6.5 10L8.6 0'],
  X: [6, 'M0 0L6 10M6 0L0 10'],
  Y: [6, 'M0 0L3 5.2L6 0M3 5.2V10'],
  Z: [5.8, 'M0 0H5.8L0 10H5.8'],
  '0': [5.4, 'M2.7 0A2.7 5 0 1 1 2.7 10A2.7 5 0 1 1 2.7 0Z'],
  '1': [2.8, 'M0 2.2L2.8 0V10'],
  '2': [5.5, 'M0.3 2.4C0.5 0.9 1.5 0 2.8 0C4.3 0 5.3 1 5.3 2.6C5.3 4.4 3.9 5.6 0 10H5.5'],
  '3': [
    5.4,
    'M0.4 1.3C1 0.4 1.8 0 2.7 0C4.1 0 5.1 0.9 5.1 2.4C5.1 3.9 4 4.8 2.3 4.8C4.2 4.8 5.4 5.9 5.4 7.4C5.4 9 4.2 10 2.7 10C1.6 10 0.6 9.5 0 8.6',
  ],
  '4': [5.8, 'M4.2 10V0L0 7.2H5.8'],
  '5': [
    5.4,
    'M5 0H0.8L0.4 4.6C1 4 1.9 3.7 2.8 3.7C4.4 3.7 5.4 4.9 5.4 6.8C5.4 8.8 4.2 10 2.6 10C1.5 10 0.6 9.5 0 8.6',
  ],
  '6': [
    5.4,
    'M4.8 0.9C4.3 0.3 3.6 0 2.8 0C1 0 0 2 0 5.5C0 8.6 1.1 10 2.8 10C4.4 10 5.4 8.8 5.4 7C5.4 5.2 4.4 4.1 2.8 4.1C1.6 4.1 0.6 4.8 0.1 6',
  ],
  '7': [5.4, 'M0 0H5.4L1.8 10'],
  '8': [
    5.4,
    'M2.7 0A2.3 2.45 0 1 1 2.7 4.9A2.3 2.45 0 1 1 2.7 0ZM2.7 4.9A2.7 2.55 0 1 1 2.7 10A2.7 2.55 0 1 1 2.7 4.9Z',
  ],
  '9': [
    5.4,
    'M0.6 9.1C1.1 9.7 1.8 10 2.6 10C4.4 10 5.4 8 5.4 4.5C5.4 1.4 4.3 0 2.6 0C1 0 0 1.2 0 3C0 4.8 1 5.9 2.6 5.9C3.8 5.9 4.8 5.2 5.3 4',
  ],
  ' ': [2.6, ''],
  '?': [5, 'M0.2 2.4C0.4 0.9 1.4 0 2.6 0C4 0 5 1 5 2.4C5 4.4 2.6 4.6 2.6 7M2.6 9.9V10'],
  '!': [0, 'M0 0V7M0 9.9V10'],
  '.': [0, 'M0 9.9V10'],
  ',': [0.6, 'M0.6 9.5L0 11.4'],
  ':': [0, 'M0 3.4V3.5M0 9.9V10'],
  '-': [3.4, 'M0 5.8H3.4'],
  '/': [4.4, 'M4.4 -0.5L0 10.5'],
  '(': [2.2, 'M2.2 -0.5C0.7 1.6 0 3.5 0 5C0 6.5 0.7 8.4 2.2 10.5'],
  ')': [2.2, 'M0 -0.5C1.5 1.6 2.2 3.5 2.2 5C2.2 6.5 1.5 8.4 0 10.5'],
}

/** Stroke width and the space between letters, in grid units. */
const STROKE = 1.3
const GAP = 2.5

export type LetteringOptions = {
  /** Height of a capital, in pixels. */
  size: number
  color: string
  anchor?: 'start' | 'middle' | 'end'
  /** A heavier stroke for labels on dark fills. */
  weight?: number
}

/** Characters the lettering can draw (anything else is refused, never dropped silently). */
export const canLetter = (text: string) => [...text.toUpperCase()].every((c) => c in GLYPHS)

const glyphsOf = (text: string) =>
  [...text.toUpperCase()].map((c) => {
    const glyph = GLYPHS[c]
    if (!glyph) throw new Error(`The lettering has no glyph for "${c}" (in "${text}").`)
    return glyph
  })

/** The inked width of a line of lettering, in pixels. */
export const letteringWidth = (text: string, size: number, weight = 1) => {
  const glyphs = glyphsOf(text)
  const units = glyphs.reduce((sum, [w]) => sum + w + GAP, 0) - GAP + STROKE * weight
  return (units * size) / 10
}

/** One line of capitals whose baseline starts (or centres, or ends) at x, y. */
export const lettering = (
  text: string,
  x: number,
  y: number,
  { size, color, anchor = 'start', weight = 1 }: LetteringOptions,
) => {
  const scale = size / 10
  const width = letteringWidth(text, size, weight)
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width
  let pen = (STROKE * weight) / 2
  const paths: string[] = []
  for (const [w, d] of glyphsOf(text)) {
    if (d) paths.push(`<path transform="translate(${round(pen)} 0)" d="${d}"/>`)
    pen += w + GAP
  }
  return (
    `<g transform="translate(${round(left)} ${round(y - size)}) scale(${round(scale * 1000) / 1000})" fill="none" stroke="${color}" ` +
    `stroke-width="${round(STROKE * weight)}" stroke-linecap="round" stroke-linejoin="round">${paths.join('')}</g>`
  )
}
