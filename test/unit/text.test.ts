import { expect, test } from '@jest/globals'

import { lexicalToText } from '@/lib/lexicalText'

import { accentColors, contrastRatio } from '../../src/lib/contrast'
import { normalizeQuery } from '../../src/queries/search'
import { paragraphs } from '../../src/seed/richText'

test('the plain text of a rich-text body', () => {
  expect(lexicalToText(paragraphs(['First line.', 'Second  line.']))).toBe(
    'First line.\n\nSecond line.',
  )
  expect(lexicalToText(null)).toBe('')
  expect(lexicalToText({ nonsense: true })).toBe('')
})

test.each([
  '#c8102e',
  '#b3121f',
  '#0057b8',
  '#1a73e8',
  '#00558c',
  '#004b87',
  '#0a7c86',
  '#e1251b',
  '#ffd500',
  '#ffffff',
  '#000000',
  'bogus',
  null,
])('header text on %s has AA contrast (4.5:1) where the colour allows it', (accent) => {
  const { background, text } = accentColors(accent)
  // The better of black and white text always reaches at least 4.5:1 on any colour.
  expect(contrastRatio(background, text)).toBeGreaterThanOrEqual(4.5)
})

test('search queries are cleaned and bounded', () => {
  expect(normalizeQuery('  GUID   file ')).toBe('GUID file')
  expect(normalizeQuery('a\u0000b\u202Ec')).toBe('a b c')
  expect(normalizeQuery('x'.repeat(500))).toHaveLength(100)
  expect(normalizeQuery(['first', 'second'])).toBe('first')
  expect(normalizeQuery({ $gt: '' })).toBe('')
  expect(normalizeQuery(undefined)).toBe('')
})
