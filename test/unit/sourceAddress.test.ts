import { describe, expect, test } from '@jest/globals'

import { validateSourceUrl } from '@/collections/shared/sources'

import { isBareHomePage } from '../../src/lib/sourceAddress'

describe('a bare home page', () => {
  test.each([
    'https://www.hikvision.com',
    'https://www.hikvision.com/',
    'http://example.com:8080/',
    'https://www.manualshelf.com/#top',
  ])('%s is one', (url) => {
    expect(isBareHomePage(url)).toBe(true)
  })

  test.each([
    'https://www.manualslib.com/manual/2422895/',
    'https://www.manualslib.com/manual/2963836/Hikvision-Ds-9600nxi-I8-S-Series.html?page=6',
    'https://example.org/?p=123',
    'https://support.example.com/kb/reset',
  ])('%s is not', (url) => {
    expect(isBareHomePage(url)).toBe(false)
  })

  test('an unreadable address is not judged here (the link check refuses it)', () => {
    expect(isBareHomePage('not a url')).toBe(false)
  })
})

describe('a source’s link', () => {
  test.each([undefined, null, '', '   '])('%p is asked for', (value) => {
    expect(validateSourceUrl(value)).toBe('Link the page or article that says it.')
  })

  test('a home page is refused with what to link instead', () => {
    expect(validateSourceUrl('https://www.dahuasecurity.com/')).toMatch(
      /home page: link the page or article that says it/,
    )
  })

  test('an address that is not a web page is refused', () => {
    expect(validateSourceUrl('javascript:alert(1)')).toMatch(/https:\/\//)
    expect(validateSourceUrl('manual p. 37')).toMatch(/https:\/\//)
  })

  test('the page that says it is accepted', () => {
    expect(validateSourceUrl('https://dahuawiki.com/Reset_Password')).toBe(true)
  })
})
