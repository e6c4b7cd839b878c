import { describe, expect, test } from '@jest/globals'

import { dayAtNoon, formatDay, isoDay } from '../../src/lib/dates'

describe('the date readers see', () => {
  test('a day picked in the admin (noon UTC) reads as that day', () => {
    expect(formatDay('2026-12-02T12:00:00.000Z')).toBe('2 December 2026')
    expect(formatDay(new Date(Date.UTC(2027, 0, 31, 12)))).toBe('31 January 2027')
    expect(isoDay('2026-12-02T12:00:00.000Z')).toBe('2026-12-02')
  })

  test('the short form, for lists', () => {
    expect(formatDay('2026-09-05T08:00:00.000Z', { short: true })).toBe('5 Sep 2026')
  })

  test('the day is the same in every time zone the server may run in', () => {
    // Late in the UTC day: a local-time formatter east of UTC would say 3 December.
    expect(formatDay('2026-12-02T23:30:00.000Z')).toBe('2 December 2026')
  })

  test('nothing, or nonsense, shows nothing', () => {
    expect(formatDay(null)).toBeNull()
    expect(formatDay(undefined)).toBeNull()
    expect(formatDay('')).toBeNull()
    expect(formatDay('last week')).toBeNull()
    expect(isoDay('last week')).toBeNull()
  })
})

describe('a seed day', () => {
  test('is stored as the admin stores a picked day', () => {
    expect(dayAtNoon('2026-12-02')).toBe('2026-12-02T12:00:00.000Z')
    expect(formatDay(dayAtNoon('2026-12-02'))).toBe('2 December 2026')
  })

  test.each(['2026-02-30', '2026-13-01', '2 December 2026', '2026-12-2', ''])(
    '%p is refused',
    (day) => {
      expect(() => dayAtNoon(day)).toThrow(/Not a day/)
    },
  )
})
