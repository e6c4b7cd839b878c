/**
 * The diagrams drawn for the guides: each renders to a PNG of the size the
 * layout expects, with something on it, lettering big enough for a phone,
 * contrast left when printed in grey, and words for readers who cannot see it.
 */
import { describe, expect, test } from '@jest/globals'
import sharp from 'sharp'

import { brands, generalMethods } from '../../src/seed/content'
import type { IllustrationKey } from '../../src/seed/factories'
import {
  ILLUSTRATION_KEYS,
  illustrationAlt,
  illustrationCaption,
  illustrationPng,
  illustrationSvg,
  illustrationsUsedBy,
} from '../../src/seed/illustrations'
import { canLetter, lettering } from '../../src/seed/illustrations/lettering'
import { stepData } from '../../src/seed/toDocs'

const MEDIA_ALT_MAX = 200

test('both illustrations the seed types name are drawn', () => {
  expect([...ILLUSTRATION_KEYS].sort()).toEqual(['login-forgot-password', 'reset-button-board'])
})

describe.each(ILLUSTRATION_KEYS)('%s', (key: IllustrationKey) => {
  test('renders to a 1200 × 800 PNG that is not blank', async () => {
    const png = await illustrationPng(key)
    const image = sharp(png)
    const meta = await image.metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 800])
    const { channels } = await image.stats()
    for (const channel of channels.slice(0, 3)) expect(channel.stdev).toBeGreaterThan(40)
  })

  test('keeps its contrast in greyscale (print)', async () => {
    const grey = await sharp(await illustrationPng(key))
      .greyscale()
      .raw()
      .toBuffer()
    let dark = 0
    let light = 0
    for (const value of grey) {
      if (value < 80) dark++
      else if (value > 200) light++
    }
    // Dark lines and lettering on light ground, each a real share of the picture.
    expect(dark / grey.length).toBeGreaterThan(0.08)
    expect(light / grey.length).toBeGreaterThan(0.2)
  })

  test('letters no smaller than 32 px at 1200 px wide (capitals about 8 px tall on a phone), and no SVG text that needs fonts', () => {
    const svg = illustrationSvg(key)
    expect(svg).not.toMatch(/<text/)
    const scales = [...svg.matchAll(/scale\(([\d.]+)\)/g)].map((m) => Number(m[1]))
    expect(scales.length).toBeGreaterThan(3)
    expect(Math.min(...scales) * 10).toBeGreaterThanOrEqual(32)
  })

  test('has alt text the media collection accepts, and a caption', () => {
    const alt = illustrationAlt(key)
    expect(alt.trim().length).toBeGreaterThan(40)
    expect(alt.length).toBeLessThanOrEqual(MEDIA_ALT_MAX)
    expect(illustrationCaption(key).trim().length).toBeGreaterThan(20)
  })
})

test('the two drawings differ', async () => {
  const [a, b] = await Promise.all(ILLUSTRATION_KEYS.map(illustrationPng))
  expect(a.equals(b)).toBe(false)
})

test('lettering refuses a character it cannot draw rather than leaving a gap', () => {
  expect(canLetter('Forgot password?')).toBe(true)
  expect(canLetter('Mot de passe oublié')).toBe(false)
  expect(() => lettering('€', 0, 0, { size: 40, color: '#000' })).toThrow(/no glyph/)
})

test('a seed step maps its illustration to the step image, and a step without one to none', () => {
  const refs = {
    brand: (slug: string) => `brand:${slug}`,
    illustration: (key: IllustrationKey) => `illustration:${key}`,
  }
  const withImage = stepData(
    {
      title: 'Find the button',
      body: ['Look near the battery.'],
      image: { illustration: 'reset-button-board' },
    },
    2,
    refs,
  )
  expect(withImage.image).toBe('illustration:reset-button-board')
  expect(
    stepData({ title: 'Open the case', body: ['Unscrew the cover.'] }, 1, refs).image,
  ).toBeNull()
})

test('seeded steps show only illustrations the catalog draws', () => {
  const methods = [...generalMethods, ...brands.flatMap((brand) => brand.methods)]
  expect(illustrationsUsedBy(methods).length).toBeGreaterThanOrEqual(2)
  expect(illustrationsUsedBy(methods).every((key) => ILLUSTRATION_KEYS.includes(key))).toBe(true)
})
