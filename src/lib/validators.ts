/** Validators shared by several collections. Each returns true or a message a person can act on. */

const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
// A pragmatic check: one @, no spaces, a dot in the domain.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const isBlank = (value: unknown) => value === undefined || value === null || value === ''

export const validateHexColor = (value: unknown): true | string =>
  isBlank(value) || (typeof value === 'string' && HEX.test(value))
    ? true
    : 'Enter a hex colour such as #d71920 (a # followed by 3 or 6 hexadecimal digits).'

export const validateSlug = (value: unknown): true | string =>
  typeof value === 'string' && SLUG.test(value) && value.length <= 80
    ? true
    : 'Use lowercase letters, digits and single hyphens only (for example "hik-connect"), at most 80 characters.'

export const validateUrl = (value: unknown): true | string => {
  if (isBlank(value)) return true
  if (typeof value !== 'string') return 'Enter a web address starting with https:// or http://.'
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // fall through to the message
  }
  return 'Enter a web address starting with https:// or http://.'
}

export const validateEmailAddress = (value: unknown): true | string =>
  isBlank(value) || (typeof value === 'string' && value.length <= 254 && EMAIL.test(value))
    ? true
    : 'Enter an e-mail address such as name@example.com.'

/** Turns a title into a URL slug: "Reset button (inside the case)" -> "reset-button-inside-the-case". */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
