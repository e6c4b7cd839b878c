/**
 * The one way readers see a date: "2 December 2026". Read in UTC, so the server
 * and every reader see the same day whatever their time zone; the admin stores a
 * picked day at noon, which stays that day in UTC.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

const toDate = (value: string | Date): Date | null => {
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** "2 December 2026" ("2 Dec 2026" short, for lists), or null for an empty or unreadable value. */
export const formatDay = (
  value: string | Date | null | undefined,
  { short = false } = {},
): string | null => {
  const date = value ? toDate(value) : null
  if (!date) return null
  const month = MONTHS[date.getUTCMonth()]
  return `${date.getUTCDate()} ${short ? month.slice(0, 3) : month} ${date.getUTCFullYear()}`
}

/** "2026-12-02", for a `<time dateTime>` and structured data; null when unreadable. */
export const isoDay = (value: string | Date | null | undefined): string | null => {
  const date = value ? toDate(value) : null
  return date ? date.toISOString().slice(0, 10) : null
}

/** A day written as YYYY-MM-DD, as stored by the admin's day picker: noon UTC. */
export const dayAtNoon = (day: string): string => {
  const noon = `${day}T12:00:00.000Z`
  // A day that does not exist (30 February) would roll over to another one.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || isoDay(noon) !== day)
    throw new Error(`Not a day (YYYY-MM-DD): ${day}`)
  return noon
}
