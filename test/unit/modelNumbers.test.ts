import { describe, expect, test } from '@jest/globals'

import {
  looksLikeModel,
  matchModel,
  modelFits,
  normalizeModel,
  validateModelExample,
  validateModelPattern,
} from '../../src/lib/modelNumbers'

const brands = [
  { id: 1, name: 'Hikvision', modelPatterns: [{ pattern: 'DS-76*' }, { pattern: 'DS-73*' }] },
  { id: 2, name: 'Reolink', modelPatterns: [{ pattern: 'RLN*' }, { pattern: 'NVS*' }] },
  { id: 3, name: 'Dahua', modelPatterns: [{ pattern: 'XVR*' }, { pattern: 'DH-XVR*' }] },
  { id: 4, name: 'Uniview', modelPatterns: [] },
]

describe('model numbers', () => {
  test('labels written any way compare alike', () => {
    expect(normalizeModel('DS-7608NI-K2')).toBe('DS7608NIK2')
    expect(normalizeModel(' ds 7608ni/k2 ')).toBe('DS7608NIK2')
  })

  test.each([
    ['DS-76*', 'DS-7608NI-K2', true],
    ['DS-76*', 'ds7608ni', true],
    ['DS-76*', 'DS-76', true],
    ['DS-76*', 'DS-7', true],
    ['DS-76*', 'DS-7304HUI-K4', false],
    ['RLN*', 'RLN8-410', true],
    ['RLN*', 'rln16 410', true],
    ['RLN*', 'NVR301', false],
    ['XVR*', 'DH-XVR4104C-X', false],
    ['DH-XVR*', 'DH-XVR4104C-X', true],
    ['DS-76*', 'DS', false],
  ])('%s fits %s: %s', (pattern, model, fits) => {
    expect(modelFits(pattern, model)).toBe(fits)
  })

  test('a model names its brand, the most specific pattern first, once per brand', () => {
    expect(matchModel('DS-7608NI-K2', brands).map((m) => m.brand.name)).toEqual(['Hikvision'])
    expect(matchModel('RLN8-410', brands).map((m) => [m.brand.name, m.pattern.pattern])).toEqual([
      ['Reolink', 'RLN*'],
    ])
    expect(matchModel('DH-XVR4104C-X', brands).map((m) => m.pattern.pattern)).toEqual(['DH-XVR*'])
    expect(matchModel('NVR301-04S', brands)).toEqual([])
  })

  test('a query is taken for a model when letters and digits run together', () => {
    for (const model of ['DS-7608NI-K2', 'RLN8-410', 'N831', 'ds7608ni'])
      expect(looksLikeModel(model)).toBe(true)
    for (const words of ['hikvision reset', 'dahua qr', 'GUID', '1234', 'DS 7608 reset', ''])
      expect(looksLikeModel(words)).toBe(false)
  })

  test('editors get a message for a pattern or example that cannot work', () => {
    expect(validateModelPattern('DS-76*')).toBe(true)
    expect(validateModelPattern('*')).toMatch(/at least 2 letters or digits/)
    expect(validateModelPattern('D*')).toMatch(/at least 2/)
    expect(validateModelPattern('DS-76<script>')).toMatch(/letters, digits/)
    expect(validateModelPattern('')).toMatch(/Enter a pattern/)
    expect(validateModelExample('DS-7616NI-E2', 'DS-76*')).toBe(true)
    expect(validateModelExample('RLN8-410', 'DS-76*')).toMatch(/does not fit the pattern DS-76\*/)
    expect(validateModelExample('', 'DS-76*')).toBe(true)
  })
})
