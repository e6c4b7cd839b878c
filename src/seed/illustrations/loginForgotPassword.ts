import { arrow, COLORS, svgDocument } from './drawing'
import { lettering, letteringWidth } from './lettering'

/**
 * A recorder's login box on a monitor, no brand: user name, password, the
 * Login button, and the "Forgot password?" link under it, ringed and pointed at.
 */
const SCREEN = '#cbd5e1'
const TITLE_BAR = '#1e3a5f'
const STAND = '#374151'
const LINK = '#1e40af'
const LINK_TEXT = 'Forgot password?'

const input = (y: number, content: string) =>
  `<rect x="130" y="${y}" width="680" height="72" rx="8" fill="${COLORS.paper}" stroke="${COLORS.muted}" stroke-width="4"/>${content}`

const dots = (cy: number) =>
  Array.from(
    { length: 8 },
    (_, i) => `<circle cx="${172 + i * 44}" cy="${cy}" r="11" fill="${COLORS.ink}"/>`,
  ).join('')

export const loginForgotPasswordSvg = () => {
  const linkWidth = letteringWidth(LINK_TEXT, 44)
  return svgDocument(
    [
      // Monitor: bezel, screen, stand.
      `<rect x="16" y="14" width="1168" height="702" rx="28" fill="${COLORS.ink}"/>`,
      `<rect x="44" y="40" width="1112" height="650" rx="6" fill="${SCREEN}"/>`,
      `<rect x="545" y="714" width="110" height="44" fill="${STAND}"/>`,
      `<rect x="400" y="752" width="400" height="36" rx="14" fill="${STAND}"/>`,
      // The login box.
      `<rect x="90" y="62" width="760" height="614" rx="12" fill="${COLORS.paper}" stroke="${COLORS.ink}" stroke-width="4"/>`,
      `<path d="M92 140V74A12 12 0 0 1 104 64H836A12 12 0 0 1 848 74V140Z" fill="${TITLE_BAR}"/>`,
      lettering('Login', 130, 122, { size: 44, color: COLORS.paper, weight: 1.1 }),
      lettering('User name', 130, 205, { size: 40, color: COLORS.ink }),
      input(220, lettering('admin', 162, 274, { size: 36, color: COLORS.muted })),
      lettering('Password', 130, 350, { size: 40, color: COLORS.ink }),
      input(365, dots(401)),
      `<rect x="130" y="462" width="320" height="78" rx="10" fill="${TITLE_BAR}"/>`,
      lettering('Login', 290, 521, {
        size: 40,
        color: COLORS.paper,
        anchor: 'middle',
        weight: 1.1,
      }),
      // The link, underlined as links are, and the ring that marks it.
      lettering(LINK_TEXT, 140, 624, { size: 44, color: LINK }),
      `<rect x="138" y="636" width="${(linkWidth + 4).toFixed(0)}" height="5" fill="${LINK}"/>`,
      `<rect x="114" y="566" width="${(linkWidth + 50).toFixed(0)}" height="94" rx="22" fill="none" stroke="${COLORS.mark}" stroke-width="10"/>`,
      // The callout, in the free part of the screen, and its arrow to the ring.
      `<rect x="895" y="280" width="240" height="112" rx="16" fill="${COLORS.mark}"/>`,
      lettering('Click', 1015, 362, {
        size: 52,
        color: COLORS.paper,
        anchor: 'middle',
        weight: 1.15,
      }),
      arrow([1000, 404], [975, 600], [114 + linkWidth + 50 + 20, 614]),
    ].join(''),
  )
}
