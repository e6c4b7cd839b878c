/**
 * Every redirect and "back" link stays on the site: a path is judged as a
 * browser parses it (WHATWG URL), not by its first characters.
 */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'

import { safePath } from '../../src/lib/safePath'
import { siteUrl } from '../../src/lib/site'

const origin = new URL(siteUrl()).origin

/** What a browser does with a Location header or a link: resolve it against the page it is on. */
const landsOn = (href: string) => new URL(href, `${origin}/brands/dahua`).origin

describe('safePath', () => {
  test.each([
    '/\t/evil.example',
    '/\t\\evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '\t//evil.example',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/.//evil.example',
    '/%2e//evil.example',
    'https://evil.example/',
    'http:evil.example',
    'javascript:alert(1)',
    ' //evil.example',
    '/../..//evil.example',
  ])('%j is not a page of this site', (value) => {
    const result = safePath(value)
    expect(landsOn(result)).toBe(origin)
    expect(result.startsWith('//')).toBe(false)
  })

  test('a path of the site comes back as it is, with its query and fragment', () => {
    expect(safePath('/brands/hikvision')).toBe('/brands/hikvision')
    expect(safePath('/brands/hikvision?choose=1#cases')).toBe('/brands/hikvision?choose=1#cases')
    expect(safePath('/search?q=dahua%20qr')).toBe('/search?q=dahua%20qr')
  })

  test('what is not text, or empty, gets the fallback', () => {
    expect(safePath(null)).toBe('/')
    expect(safePath(['/brands'])).toBe('/')
    expect(safePath('', '/guide')).toBe('/guide')
    expect(safePath('https://evil.example', '')).toBe('')
  })

  test('whatever the input, the answer lands on this site (generated)', () => {
    const piece = fc.constantFrom(
      '/',
      '\\',
      '\t',
      '\n',
      '\r',
      '.',
      '..',
      '%09',
      '%2f',
      '%5c',
      'evil.example',
      ':',
      '@',
      '?',
      '#',
      ' ',
      'http:',
      'javascript:',
    )
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')),
        (value) => {
          const result = safePath(value)
          expect(landsOn(result)).toBe(origin)
          expect(/^[/\\]{2}/.test(result)).toBe(false)
        },
      ),
      { seed: 12, numRuns: 2000 },
    )
  })
})
