import { describe, expect, test } from '@jest/globals'

import { indefiniteArticle, withArticle } from '../../src/lib/article'

describe('a or an, by sound', () => {
  test.each([
    // The seed's brands and their aliases.
    ['Hikvision', 'a'],
    ['Dahua', 'a'],
    ['Uniview', 'a'],
    ['Reolink', 'a'],
    ['Lorex', 'a'],
    ['Swann', 'a'],
    ['Amcrest', 'an'],
    ['EZVIZ', 'an'],
    ['Annke', 'an'],
    ['HiLook', 'a'],
    // Initialisms are said by their letters.
    ['LTS', 'an'],
    ['UNV', 'a'],
    ['NVR', 'an'],
    ['DVR', 'a'],
    ['HDMI', 'an'],
    ['SVR', 'an'],
    ['USB', 'a'],
    // Capitals that are said as a word.
    ['NASA', 'a'],
    ['ANNKE', 'an'],
    // Vowel letters with a consonant sound, and a silent h.
    ['Ubiquiti', 'a'],
    ['uniform', 'a'],
    ['one-time code', 'a'],
    ['European model', 'a'],
    ['uninstalled app', 'an'],
    ['hour', 'an'],
    ['honest answer', 'an'],
    ['Honeywell', 'a'],
    // Numbers.
    ['8-channel recorder', 'an'],
    ['16-channel recorder', 'a'],
    ['11', 'an'],
    ['110', 'a'],
    // Punctuation in front does not count.
    ['“Amcrest”', 'an'],
    ['', 'a'],
  ])('%s → %s', (word, article) => {
    expect(indefiniteArticle(word)).toBe(article)
  })

  test('the headline reads right', () => {
    expect(`Reset ${withArticle('Amcrest')} recorder password`).toBe(
      'Reset an Amcrest recorder password',
    )
    expect(`Reset ${withArticle('Hikvision')} recorder password`).toBe(
      'Reset a Hikvision recorder password',
    )
  })
})
