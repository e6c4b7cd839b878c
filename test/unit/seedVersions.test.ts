/** The pure parts of the content upgrade: the canonical form, which steps a new version updates in place, and what an item's versions call for. */
import { describe, expect, test } from '@jest/globals'
import type { FlattenedField } from 'payload'

import { contentHash, fields, stableJson } from '../../src/seed/version/canonical'
import { isOffered, verdictOf, type Versions } from '../../src/seed/version/classify'
import { matchSteps } from '../../src/seed/version/matchSteps'

const steps = (...titles: string[]) => titles.map((title) => ({ title }))

describe('matchSteps', () => {
  test('unchanged titles keep their steps, wherever they moved', () => {
    expect(matchSteps(steps('A', 'B', 'C'), steps('A', 'X', 'B', 'C'))).toEqual({
      pairs: [0, null, 1, 2],
      surplus: [],
    })
    expect(matchSteps(steps('A', 'B', 'C'), steps('C', 'A', 'B'))).toEqual({
      pairs: [2, 0, 1],
      surplus: [],
    })
  })
  test('a corrected step takes the place of the one between the same neighbours', () => {
    expect(matchSteps(steps('A', 'B', 'C'), steps('A', 'B2', 'C'))).toEqual({
      pairs: [0, 1, 2],
      surplus: [],
    })
    expect(matchSteps(steps('A', 'B', 'C', 'D'), steps('A2', 'X', 'B', 'C'))).toEqual({
      pairs: [0, null, 1, 2],
      surplus: [{ title: 'D' }],
    })
  })
  test('steps the new version no longer has are left over', () => {
    expect(matchSteps(steps('A', 'B', 'C'), steps('A', 'C'))).toEqual({
      pairs: [0, 2],
      surplus: [{ title: 'B' }],
    })
    expect(matchSteps(steps('A', 'B'), steps('X'))).toEqual({
      pairs: [0],
      surplus: [{ title: 'B' }],
    })
  })
})

describe('verdictOf', () => {
  const base: Versions = {
    shipped: 'new',
    main: 'old',
    latest: 'old',
    version: 'old',
    declined: null,
    history: [],
  }
  test('a document holding what ships is current, whatever its drafts', () => {
    expect(verdictOf({ ...base, main: 'new', latest: 'new' })).toBe('current')
    expect(verdictOf({ ...base, main: 'new', latest: 'draft' })).toBe('current')
  })
  test('a document holding a version that was shipped is brought up to date', () => {
    expect(verdictOf(base)).toBe('upgrade')
    expect(verdictOf({ ...base, version: null, history: ['older', 'old'] })).toBe('upgrade')
  })
  test('a document editors changed, or an editor’s draft waiting, is theirs', () => {
    expect(verdictOf({ ...base, main: 'mine', latest: 'mine' })).toBe('edited')
    expect(verdictOf({ ...base, latest: 'draft' })).toBe('edited')
    expect(verdictOf({ ...base, version: null })).toBe('edited')
  })
  test('editors are offered only a version newer than theirs and not declined', () => {
    const edited = { ...base, main: 'mine', latest: 'mine' }
    expect(isOffered(edited)).toBe(true)
    expect(isOffered({ ...edited, shipped: 'old' })).toBe(false)
    expect(isOffered({ ...edited, declined: 'new' })).toBe(false)
    expect(isOffered({ ...edited, version: null, history: ['new'] })).toBe(false)
    expect(isOffered({ ...edited, version: null, history: ['old'] })).toBe(true)
  })
})

describe('the canonical form', () => {
  // A schema of the kinds the collections use (as Payload flattens them).
  const list = [
    { name: 'title', type: 'text' },
    { name: 'kind', type: 'select', defaultValue: 'note', options: ['note', 'tip'] },
    { name: 'checkedAt', type: 'date' },
    { name: 'featured', type: 'checkbox' },
    { name: 'body', type: 'richText' },
    { name: 'brand', type: 'relationship', relationTo: 'brands' },
    {
      name: 'support',
      type: 'group',
      flattenedFields: [
        { name: 'phone', type: 'text' },
        { name: 'hours', type: 'text' },
      ],
    },
    {
      name: 'sources',
      type: 'array',
      flattenedFields: [
        { name: 'id', type: 'text' },
        { name: 'title', type: 'text' },
        { name: 'url', type: 'text' },
      ],
    },
    { name: 'plainText', type: 'textarea', admin: { hidden: true } },
  ] as unknown as FlattenedField[]
  const seedSide = { defaults: true, keyOf: (_relationTo: string, value: unknown) => String(value) }
  const stored = {
    defaults: false,
    keyOf: (relationTo: string, value: unknown) =>
      relationTo === 'brands' && value === 7 ? 'brand:dahua' : `${relationTo}:${value}`,
  }

  const fromSeed = {
    title: 'Reset',
    checkedAt: '2026-11-30',
    body: { root: { children: [{ text: 'Hold it', format: '' }] } },
    brand: 'brand:dahua',
    support: { phone: '1' },
    sources: [{ title: 'Manual', url: 'https://example.com/manual' }],
  }
  const asStored = {
    id: 12,
    createdAt: '2026-12-01T00:00:00.000Z',
    title: 'Reset',
    kind: 'note',
    checkedAt: '2026-11-30T00:00:00.000Z',
    featured: false,
    body: { root: { children: [{ text: 'Hold it', format: '', style: null }], direction: null } },
    brand: 7,
    support: { phone: '1', hours: null },
    sources: [{ id: '65a1', title: 'Manual', url: 'https://example.com/manual' }],
    plainText: 'Hold it',
  }

  test('a document made from seed data has its hash: defaults, empties, ids, dates and references aside', () => {
    expect(fields(list, asStored, stored)).toEqual(fields(list, fromSeed, seedSide))
    expect(contentHash(fields(list, asStored, stored))).toBe(
      contentHash(fields(list, fromSeed, seedSide)),
    )
  })

  test('any change of content changes it', () => {
    const hash = contentHash(fields(list, asStored, stored))
    for (const change of [
      { title: 'Reset it' },
      { kind: 'tip' },
      { brand: 8 },
      { support: { phone: '2' } },
      { sources: [] },
      { featured: true },
    ]) {
      expect(contentHash(fields(list, { ...asStored, ...change }, stored))).not.toBe(hash)
    }
  })

  test('key order does not matter', () => {
    expect(stableJson({ b: 1, a: { d: 2, c: 3 } })).toBe(stableJson({ a: { c: 3, d: 2 }, b: 1 }))
  })
})
