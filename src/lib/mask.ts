/**
 * What a reader pasted into a public case that others should not see: serial
 * numbers, MAC addresses, e-mail addresses and phone numbers. Staff see the
 * message as written; the public page shows it masked.
 */
const keepEnds = (text: string, keep = 2) =>
  text.length <= keep * 2 ? '•'.repeat(text.length) : `${text.slice(0, keep)}${'•'.repeat(text.length - keep * 2)}${text.slice(-keep)}`

/** At least 8 digits, and not a date such as 2024-05-01. */
const isPhone = (text: string) => (text.match(/\d/g) ?? []).length >= 8 && !/^\d{4}-\d{2}-\d{2}$/.test(text.trim())

const RULES: [RegExp, (match: string) => string][] = [
  // E-mail addresses.
  [/[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/gi, () => '[e-mail hidden]'],
  // MAC addresses: 00:1A:2B:3C:4D:5E, 00-1a-…, 001A.2B3C.4D5E
  [/\b(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}\b|\b(?:[0-9a-f]{4}\.){2}[0-9a-f]{4}\b/gi, () => '[MAC address hidden]'],
  // Phone numbers: at least 8 digits with spaces, dots, dashes or brackets between.
  [/(?<![\w-])\+?\d[\d\s().-]{6,}\d(?![\w-])/g, (m) => (isPhone(m) ? '[phone number hidden]' : m)],
  // Serial numbers: long runs of letters and digits with at least 5 digits.
  [/\b(?=[A-Z0-9]*\d{2})(?=(?:[A-Z]*\d){5})[A-Z0-9]{10,}\b/gi, (m) => keepEnds(m)],
]

export const maskPrivate = (text: string): string => RULES.reduce((out, [pattern, replace]) => out.replace(pattern, replace), text)
