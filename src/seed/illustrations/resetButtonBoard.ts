import { arrow, COLORS, svgDocument } from './drawing'
import { lettering, letteringWidth } from './lettering'

/**
 * An opened recorder seen from above, no brand: the case with its front at the
 * bottom, the mainboard with the coin-cell battery and a small reset button
 * beside it (ringed and labelled), the power supply and the hard-drive bay.
 */
const CASE = '#f1f5f9'
const BOARD = '#a7d7b0'
const BOARD_EDGE = '#14532d'
const CHIP = '#334155'
const BUTTON = '#b91c1c'
const NOTE = 'Position varies by model'

const mountingHoles = (x0: number, y0: number, x1: number, y1: number) =>
  [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ]
    .map(
      ([x, y]) =>
        `<circle cx="${x}" cy="${y}" r="9" fill="${CASE}" stroke="${BOARD_EDGE}" stroke-width="3"/>`,
    )
    .join('')

/** A square chip with pins on its four sides. */
const chip = (x: number, y: number, size: number) => {
  const pins: string[] = []
  for (let i = 0; i < 6; i++) {
    const at = x + 22 + (i * (size - 44)) / 5
    const down = y + 22 + (i * (size - 44)) / 5
    pins.push(
      `M${at} ${y - 10}V${y}M${at} ${y + size}V${y + size + 10}M${x - 10} ${down}H${x}M${x + size} ${down}H${x + size + 10}`,
    )
  }
  return (
    `<path d="${pins.join('')}" stroke="${COLORS.ink}" stroke-width="5" stroke-linecap="round"/>` +
    `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="8" fill="${CHIP}"/>` +
    `<rect x="${x + 28}" y="${y + 28}" width="${size - 56}" height="${size - 56}" rx="4" fill="none" stroke="${COLORS.mid}" stroke-width="3"/>`
  )
}

const battery = (cx: number, cy: number) =>
  `<circle cx="${cx}" cy="${cy}" r="74" fill="${COLORS.light}" stroke="${COLORS.ink}" stroke-width="5"/>` +
  `<circle cx="${cx}" cy="${cy}" r="58" fill="none" stroke="${COLORS.muted}" stroke-width="3"/>` +
  `<path d="M${cx - 20} ${cy}H${cx + 20}M${cx} ${cy - 20}V${cy + 20}" stroke="${COLORS.ink}" stroke-width="7" stroke-linecap="round"/>`

/** A tactile switch: square body, four legs, a round red cap. */
const resetButton = (cx: number, cy: number) =>
  `<path d="M${cx - 30} ${cy - 46}V${cy - 40}M${cx + 30} ${cy - 46}V${cy - 40}M${cx - 30} ${cy + 40}V${cy + 46}M${cx + 30} ${cy + 40}V${cy + 46}" stroke="${COLORS.ink}" stroke-width="8" stroke-linecap="round"/>` +
  `<rect x="${cx - 40}" y="${cy - 40}" width="80" height="80" rx="6" fill="${COLORS.light}" stroke="${COLORS.ink}" stroke-width="4"/>` +
  `<circle cx="${cx}" cy="${cy}" r="24" fill="${BUTTON}" stroke="${COLORS.ink}" stroke-width="4"/>`

export const resetButtonBoardSvg = () => {
  const noteWidth = letteringWidth(NOTE, 44)
  const noteLeft = (1200 - (noteWidth + 84)) / 2
  return svgDocument(
    [
      // The case, its front panel at the bottom.
      `<rect x="24" y="24" width="1152" height="616" rx="16" fill="${CASE}"/>`,
      `<rect x="28" y="582" width="1144" height="54" fill="${COLORS.mid}"/>`,
      lettering('Front', 600, 627, { size: 34, color: COLORS.ink, anchor: 'middle' }),
      `<rect x="24" y="24" width="1152" height="616" rx="16" fill="none" stroke="${COLORS.ink}" stroke-width="8"/>`,
      // Mainboard.
      `<rect x="56" y="60" width="736" height="500" rx="10" fill="${BOARD}" stroke="${BOARD_EDGE}" stroke-width="5"/>`,
      mountingHoles(80, 84, 768, 536),
      lettering('Mainboard', 112, 130, { size: 42, color: COLORS.ink }),
      chip(112, 196, 170),
      battery(420, 290),
      lettering('Battery', 420, 420, { size: 36, color: COLORS.ink, anchor: 'middle' }),
      resetButton(610, 290),
      `<circle cx="610" cy="290" r="76" fill="none" stroke="${COLORS.mark}" stroke-width="10"/>`,
      `<rect x="490" y="440" width="240" height="100" rx="14" fill="${COLORS.mark}"/>`,
      lettering('Reset', 610, 512, {
        size: 48,
        color: COLORS.paper,
        anchor: 'middle',
        weight: 1.15,
      }),
      arrow([610, 436], [610, 410], [610, 370], COLORS.mark, 9),
      // Power supply, vents along its top.
      `<rect x="820" y="60" width="324" height="240" rx="8" fill="${COLORS.mid}" stroke="${COLORS.ink}" stroke-width="5"/>`,
      `<path d="${Array.from({ length: 9 }, (_, i) => `M${856 + i * 31} 84V112`).join('')}" stroke="${COLORS.ink}" stroke-width="8" stroke-linecap="round"/>`,
      lettering('Power', 982, 190, { size: 40, color: COLORS.ink, anchor: 'middle' }),
      lettering('supply', 982, 250, { size: 40, color: COLORS.ink, anchor: 'middle' }),
      // Hard-drive bay with a drive in it, and the cables to the board.
      `<rect x="820" y="324" width="324" height="236" rx="8" fill="none" stroke="${COLORS.ink}" stroke-width="5" stroke-dasharray="18 10"/>`,
      `<rect x="842" y="346" width="280" height="192" rx="10" fill="${COLORS.light}" stroke="${COLORS.ink}" stroke-width="4"/>`,
      lettering('Hard drive', 982, 430, { size: 34, color: COLORS.ink, anchor: 'middle' }),
      lettering('bay', 982, 484, { size: 34, color: COLORS.ink, anchor: 'middle' }),
      `<path d="M792 470H842M792 500H842M792 236H820" stroke="${COLORS.ink}" stroke-width="8"/>`,
      // The note readers must not miss.
      `<circle cx="${noteLeft + 30}" cy="718" r="30" fill="${COLORS.ink}"/>`,
      lettering('!', noteLeft + 30, 736, {
        size: 36,
        color: COLORS.paper,
        anchor: 'middle',
        weight: 1.3,
      }),
      lettering(NOTE, noteLeft + 84, 740, { size: 44, color: COLORS.ink }),
    ].join(''),
  )
}
