import sharp from 'sharp'

/**
 * Brand logos for the seed are drawn here, never downloaded: a monogram of the
 * brand's initial on its accent colour. Letters are a 5×7 pixel font so the
 * result does not depend on the fonts a machine happens to have.
 */
const GLYPHS: Record<string, string[]> = {
  A: ['.###.', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  D: ['####.', '#...#', '#...#', '#...#', '#...#', '#...#', '####.'],
  E: ['#####', '#....', '#....', '####.', '#....', '#....', '#####'],
  H: ['#...#', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  L: ['#....', '#....', '#....', '#....', '#....', '#....', '#####'],
  R: ['####.', '#...#', '#...#', '####.', '#.#..', '#..#.', '#...#'],
  S: ['.####', '#....', '#....', '.###.', '....#', '....#', '####.'],
  U: ['#...#', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
}
const BLOCK = ['#####', '#####', '#####', '#####', '#####', '#####', '#####']

const SIZE = 256
const CELL = 24

export const monogramSvg = (name: string, color: string): string => {
  const glyph = GLYPHS[name.trim().charAt(0).toUpperCase()] ?? BLOCK
  const x0 = (SIZE - 5 * CELL) / 2
  const y0 = (SIZE - 7 * CELL) / 2
  const cells = glyph.flatMap((row, y) =>
    [...row].map((bit, x) =>
      bit === '#'
        ? `<rect x="${x0 + x * CELL}" y="${y0 + y * CELL}" width="${CELL}" height="${CELL}"/>`
        : '',
    ),
  )
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">` +
    `<rect width="${SIZE}" height="${SIZE}" rx="40" fill="${color}"/>` +
    `<g fill="#ffffff">${cells.join('')}</g></svg>`
  )
}

/** The monogram as a PNG, ready to upload through the media collection. */
export const monogramPng = (name: string, color: string): Promise<Buffer> =>
  sharp(Buffer.from(monogramSvg(name, color)))
    .png()
    .toBuffer()
