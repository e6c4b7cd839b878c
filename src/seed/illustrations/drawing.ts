/**
 * What both diagrams share: the canvas, a palette that keeps its contrast when
 * printed in greyscale (every fill is light or dark, never a mid-tone beside
 * another mid-tone), and the marker readers follow: a thick ring and an arrow.
 */
export const WIDTH = 1200
export const HEIGHT = 800

export const COLORS = {
  ink: '#111827',
  paper: '#ffffff',
  /** The marker: dark enough for white lettering on it and to stand out when printed in grey. */
  mark: '#c2410c',
  muted: '#475569',
  light: '#e2e8f0',
  mid: '#94a3b8',
} as const

export const svgDocument = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">` +
  `<rect width="${WIDTH}" height="${HEIGHT}" fill="${COLORS.paper}"/>${body}</svg>`

type Point = [number, number]

/**
 * A curved arrow from `from` to `to`, bending towards `via` (a quadratic
 * curve's control point); the head points along the curve's last direction.
 */
export const arrow = (
  from: Point,
  via: Point,
  to: Point,
  color: string = COLORS.mark,
  width = 10,
) => {
  const [dx, dy] = [to[0] - via[0], to[1] - via[1]]
  const length = Math.hypot(dx, dy) || 1
  const [ux, uy] = [dx / length, dy / length]
  const head = width * 3.2
  // The shaft stops inside the head so its round cap does not show past the tip.
  const end: Point = [to[0] - ux * head * 0.7, to[1] - uy * head * 0.7]
  const base: Point = [to[0] - ux * head, to[1] - uy * head]
  const side = head * 0.6
  const left: Point = [base[0] - uy * side, base[1] + ux * side]
  const right: Point = [base[0] + uy * side, base[1] - ux * side]
  const p = (pt: Point) => `${pt[0].toFixed(1)} ${pt[1].toFixed(1)}`
  return (
    `<path d="M${p(from)}Q${p(via)} ${p(end)}" fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="round"/>` +
    `<path d="M${p(to)}L${p(left)}L${p(right)}Z" fill="${color}" stroke="${color}" stroke-width="2" stroke-linejoin="round"/>`
  )
}
