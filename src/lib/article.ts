/**
 * "a" or "an", by how the word is said, not how it is spelt: "a Hikvision",
 * "an Amcrest", "a Uniview" (you-), "an LTS" (el-), "an EZVIZ", "an hour".
 * Brand names are often acronyms, read letter by letter, so a short word in
 * capitals with few vowels is said by its letters' names.
 */

/** Letters whose names start with a vowel sound: "an F…", "an H…", "an S…". */
const VOWEL_SOUND_LETTERS = new Set([...'AEFHILMNORSX'])

/** Words that start with a vowel letter and a consonant sound: "a uniform", "a one", "a European". */
const CONSONANT_SOUND_START = /^(one\b|once|uni(?![nm])|use|usu|uti|ura|ure|uro|ubi|uk|eu|ewe)/i

/** Words that start with a silent h: "an hour", "an honest". */
const SILENT_H_START = /^(hour|honest|honou?r|heir)/i

/** Consonant pairs an English word can start with; "HD…" or "LT…" cannot, so they are read as letters. */
const WORD_ONSET =
  /^(BL|BR|CH|CL|CR|DR|DW|FL|FR|GL|GR|KL|KN|KR|PH|PL|PR|SC|SH|SK|SL|SM|SN|SP|ST|SW|TH|TR|TW|VL|WH|WR|QU)/

/**
 * Read letter by letter: capitals only, and three letters or fewer ("LTS",
 * "UNV"), or no vowel ("NVR"), or a start no English word has ("HDMI"). Longer
 * capitals that can be said are said as a word ("EZVIZ", "NASA").
 */
const isInitialism = (word: string) =>
  /^[A-Z]{2,}$/.test(word) &&
  (word.length <= 3 ||
    !/[AEIOUY]/.test(word) ||
    (/^[^AEIOUY]{2}/.test(word) && !WORD_ONSET.test(word)))

/** Numbers said with a vowel sound first: 8, 11, 18, 80, 800…, 8000… */
const numberStartsWithVowelSound = (digits: string) =>
  digits.startsWith('8') || /^(11|18)$/.test(digits) || /^(11|18)\d{3}$/.test(digits)

export const indefiniteArticle = (text: string): 'a' | 'an' => {
  const word = text
    .trim()
    .split(/[\s\-–/]+/)[0]
    .replace(/^[^\p{L}\p{N}]+/u, '')
  if (!word) return 'a'
  if (/^\d/.test(word)) return numberStartsWithVowelSound(word.match(/^\d+/)![0]) ? 'an' : 'a'
  const letters = word.replace(/[^\p{L}]/gu, '')
  if (isInitialism(letters)) return VOWEL_SOUND_LETTERS.has(letters[0]) ? 'an' : 'a'
  if (SILENT_H_START.test(letters)) return 'an'
  if (CONSONANT_SOUND_START.test(letters)) return 'a'
  return /^[aeiou]/i.test(letters) ? 'an' : 'a'
}

/** The word with its article: "an Amcrest". */
export const withArticle = (text: string) => `${indefiniteArticle(text)} ${text}`
