import { describe, expect, test } from '@jest/globals'

import { extractDurations, sameDuration } from '../../src/lib/durations'
import {
  allFacts,
  countsIn,
  lockFacts,
  splitSentences,
  validityDurations,
} from '../../src/lib/procedureFacts'

const keys = (text: string) => extractDurations(text).map((d) => d.key)

describe('durations', () => {
  test.each([
    ['valid for 24 hours', ['86400s']],
    ['valid 48 h', ['172800s']],
    ['within 48h', ['172800s']],
    ['locked for 30 minutes', ['1800s']],
    ['for 60 seconds', ['60s']],
    ['keep holding 5–10 s', ['5-10s']],
    ['hold it 4-5 seconds, then 20 to 30 seconds', ['4-5s', '20-30s']],
    ['a 24-hour window', ['86400s']],
    ['a day', ['86400s']],
    ['an hour', ['3600s']],
    ['half an hour', ['1800s']],
    ['three seconds, three times', ['3s']],
    ['seven days', ['604800s']],
    ['forty-eight hours', ['172800s']],
    ['2 mins', ['120s']],
    ['valid until the end of the day', ['end-of-day']],
    ['use it the same day', ['end-of-day']],
    ['it can take a few minutes', ['few-minutes']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected)
  })

  test('the same window written two ways is one duration', () => {
    const [a] = extractDurations('use it within 24 hours')
    const [b] = extractDurations('valid for a day')
    const [c] = extractDurations('valid for 48 h')
    expect(sameDuration(a, b)).toBe(true)
    expect(sameDuration(a, c)).toBe(false)
  })

  test.each([
    'RLN8-410 and RLN16-410',
    'firmware V3.4.90 or later',
    'call 888.212.7538, 9:00 am to 6:00 pm CST',
    'the 4K systems',
    'a 12-character MAC address',
    'the DS-7616NI-E2, p. 37',
    'H.265 recording',
    'the same QR code gives a code twice',
    'do not start a second request',
    'as well as the answers',
    'the date shown on the recorder',
    'the next business day',
    'after 7 wrong files',
  ])('no duration in “%s”', (text) => {
    expect(extractDurations(text)).toEqual([])
  })

  test('the words as written, and bounds in seconds', () => {
    expect(extractDurations('Press for 5 to 10 seconds.')).toEqual([
      { text: '5 to 10 seconds', key: '5-10s', seconds: [5, 10] },
    ])
  })
})

describe('sentences', () => {
  test('split at sentence ends and semicolons, not at “p. 61” or “e.g. the”', () => {
    expect(
      splitSentences(
        'Use the code within 24 hours; after that it expires. See p. 61 of the manual, e.g. the table. Done!',
      ),
    ).toEqual([
      'Use the code within 24 hours;',
      'after that it expires.',
      'See p. 61 of the manual, e.g. the table.',
      'Done!',
    ])
  })
})

describe('validity windows', () => {
  const windows = (text: string) => validityDurations(text).map((d) => d.key)

  test.each([
    ['The code is valid for 48 hours.', ['172800s']],
    ['Use the code within 24 hours; after that it no longer works.', ['86400s']],
    ['The file expires after a day.', ['86400s']],
    ['For 24 hours the code stays valid.', ['86400s']],
    ['Valid until the end of the day: use it the same day.', ['end-of-day', 'end-of-day']],
    ['Enter the code in 10 minutes or it lapses.', ['600s']],
  ])('%s', (text, expected) => {
    expect(windows(text)).toEqual(expected)
  })

  test.each([
    // A duration beside a verb that measures something else.
    'The code stays valid after a restart: wait 5 minutes for the reboot.',
    'The code usually arrives within 5 minutes.',
    'When it no longer works, hold the reset button for more than 3 seconds.',
    // No word about validity at all.
    'Keep holding for 20 to 30 seconds while the recorder starts.',
    'Enter the code in the box, then wait 10 seconds.',
  ])('none in “%s”', (text) => {
    expect(windows(text)).toEqual([])
  })

  test('in one sentence, each duration goes with its own verb', () => {
    expect(windows('The code usually arrives within 5 minutes and is valid for 48 hours.')).toEqual(
      ['172800s'],
    )
  })
})

describe('lockouts', () => {
  test('the count and the duration of a lockout sentence', () => {
    const facts = lockFacts(
      'Type carefully. After 7 wrong files, key-file resets are blocked for 30 minutes.',
    )
    expect(facts.durations.map((d) => d.key)).toEqual(['1800s'])
    expect(facts.counts).toEqual([7])
  })

  test('number words count; “one” and numbers inside models, versions and phone numbers do not', () => {
    expect(
      lockFacts('After seven wrong passwords the admin login locks for 60 seconds.').counts,
    ).toEqual([7])
    expect(lockFacts('Choose the locked account and enter your new one.').counts).toEqual([])
    expect(countsIn('Call 888.212.7538 about the RLN8-410 on V3.4.90, 4K model.')).toEqual([])
  })

  test('“unlock” is a reset’s goal, not a lockout', () => {
    expect(lockFacts('Click OK to unlock the system within 2 minutes.')).toEqual({
      durations: [],
      counts: [],
    })
  })

  test('a lockout field’s facts, whatever its sentences', () => {
    const facts = allFacts(
      'The NVR locks for 30 minutes after the set number of wrong passwords (3 to 10).',
    )
    expect(facts.durations.map((d) => d.key)).toEqual(['1800s'])
    expect(facts.counts).toEqual([3, 10])
  })
})
