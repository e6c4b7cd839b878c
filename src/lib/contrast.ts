/** WCAG contrast helpers: pick readable text for a brand's accent colour. */

const channel = (c: number) => {
  const s = c / 255
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

const parseHex = (hex: string): [number, number, number] | null => {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim())
  if (!m) return null
  const full = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1]
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number]
}

export const luminance = (hex: string): number => {
  const rgb = parseHex(hex)
  if (!rgb) return 0
  const [r, g, b] = rgb.map(channel)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export const contrastRatio = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

const DARK = '#111418'
const LIGHT = '#ffffff'
export const DEFAULT_ACCENT = '#1f4f8a'

/** The accent to use (a valid hex or the default) and the text colour with the higher contrast on it. */
export const accentColors = (accent?: string | null) => {
  const background = accent && parseHex(accent) ? accent : DEFAULT_ACCENT
  const text = contrastRatio(background, LIGHT) >= contrastRatio(background, DARK) ? LIGHT : DARK
  return { background, text }
}
