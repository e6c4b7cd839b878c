/** The pure parts of the content upgrade: which steps a new version updates in place, and what an item's versions call for. */
import { describe, expect, test } from '@jest/globals'

import { isOffered, verdictOf, type Versions } from '../../src/seed/version/classify'
import { matchSteps } from '../../src/seed/version/matchSteps'

const steps = (...titles: string[]) => titles.map((title) => ({ title }))

describe('matchSteps', () => {
  test('unchanged titles keep their steps, wherever they moved', () => {
    expect(matchSteps(steps('A', 'B', 'C'), steps('A', 'X', 'B', 'C'))).toEqual({ pairs: [0, null, 1, 2], surplus: [] })
    expect(matchSteps(steps('A', 'B', 'C'), steps('C', 'A', 'B'))).toEqual({ pairs: [2, 0, 1], surplus: [] })
  })
  test('a corrected step takes the place of the one between the same neighbours', () => {
    expect(matchSteps(steps('A', 'B', 'C'), steps('A', 'B2', 'C'))).toEqual({ pairs: [0, 1, 2], surplus: [] })
    expect(matchSteps(steps('A', 'B', 'C', 'D'), steps('A2', 'X', 'B', 'C'))).toEqual({ pairs: [0, null, 1, 2], surplus: [{ title: 'D' }] })
  })
  test('steps the new version no longer has are left over', () => {
    expect(matchSteps(steps('A', 'B', 'C'), steps('A', 'C'))).toEqual({ pairs: [0, 2], surplus: [{ title: 'B' }] })
    expect(matchSteps(steps('A', 'B'), steps('X'))).toEqual({ pairs: [0], surplus: [{ title: 'B' }] })
  })
})

describe('verdictOf', () => {
  const base: Versions = { shipped: 'new', main: 'old', latest: 'old', version: 'old', declined: null, history: [] }
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
