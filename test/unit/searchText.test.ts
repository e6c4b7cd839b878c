/** The search's text pieces on their own: terms, edit distance with swaps, known words and prefixes, highlighting as data. */
import { describe, expect, test } from '@jest/globals'

import { excerpt, highlight } from '../../src/search/highlight'
import { editDistance, Vocabulary } from '../../src/search/spelling'
import { termsOf } from '../../src/search/text'

describe('terms', () => {
  test('lower case, accents folded, punctuation splits, filler words dropped', () => {
    expect(termsOf('How do I reset my Hikvision DS-7608NI-K2? Über-café')).toEqual([
      'reset',
      'hikvision',
      'ds',
      '7608ni',
      'k2',
      'uber',
      'cafe',
    ])
  })
})

describe('edit distance', () => {
  test('a swap of two letters is one edit; beyond the limit it stops early', () => {
    expect(editDistance('dahau', 'dahua', 2)).toBe(1)
    expect(editDistance('hikvsoin', 'hikvision', 2)).toBe(2)
    expect(editDistance('hikvision', 'hikvision', 2)).toBe(0)
    expect(editDistance('reset', 'zzzzzzzz', 2)).toBe(3)
  })
})

describe('vocabulary', () => {
  const words = new Vocabulary(
    new Map([
      ['hikvision', 5],
      ['hikconnect', 1],
      ['reset', 9],
      ['lts', 1],
      ['7608', 1],
    ]),
    5,
  )
  test('a known word or the start of one (three letters or more) is not corrected', () => {
    expect(words.knows('hikv')).toBe(true)
    expect(words.knows('res')).toBe(true)
    expect(words.knows('re')).toBe(false)
    expect(words.knows('hikvx')).toBe(false)
  })
  test('a near miss is corrected to the closest word; short words and figures never are', () => {
    expect(words.correct('hikvsion')).toBe('hikvision')
    expect(words.correct('rseet')).toBe('reset')
    expect(words.correct('ltz')).toBeNull()
    expect(words.correct('7680')).toBeNull()
    expect(words.correct('zebra')).toBeNull()
  })
})

describe('highlighting', () => {
  test('matching words are marked, the rest kept as it was written, markup included', () => {
    expect(highlight('Type <b>Reset</b> now', new Set(['reset']))).toEqual([
      { text: 'Type <b>', mark: false },
      { text: 'Reset', mark: true },
      { text: '</b> now', mark: false },
    ])
  })
  test('an excerpt is cut around the first match, at word boundaries; a short text is kept whole', () => {
    const long = `${'word '.repeat(60)}the reset button ${'more '.repeat(60)}`
    const cut = excerpt(long, new Set(['reset']))!
    expect(cut[0].text).toBe('…')
    expect(cut[cut.length - 1].text).toBe('…')
    expect(cut.map((s) => s.text).join('').length).toBeLessThanOrEqual(184)
    expect(excerpt('Hold reset.', new Set(['reset']))).toEqual([
      { text: 'Hold ', mark: false },
      { text: 'reset', mark: true },
      { text: '.', mark: false },
    ])
    expect(excerpt('Nothing here', new Set(['reset']))).toBeNull()
  })
})
