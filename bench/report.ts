/** A measured figure: what it is, how it reads, its target, the number checked, whether that number meets it. */
export type Row = [
  figure: string,
  measured: string,
  target: string,
  value: number,
  met: (value: number) => boolean,
  format?: (value: number) => string,
]

export const table = (rows: Row[], machine: string, quick: boolean) => {
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}${quick ? ' (quick run: short loads, smaller scale)' : ''}.`,
    '',
    '| figure | measured | target | met |',
    '|---|---|---|---|',
    ...rows.map(
      ([figure, measured, target, value, met, format]) =>
        `| ${figure} | ${measured}${format ? ` (${format(value)})` : ''} | ${target} | ${met(value) ? 'yes' : '**no**'} |`,
    ),
  ]
  return `${lines.join('\n')}\n`
}
