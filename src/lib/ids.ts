/**
 * The id behind a relationship value, whether it arrives as an id or a populated
 * document. Ids are numbers on SQLite and PostgreSQL and strings on MongoDB:
 * never assume either.
 */
export type ID = number | string

/**
 * The largest numeric id: PostgreSQL's ids (`serial`) are 32-bit, and it fails
 * a query that compares one with a larger number rather than find nothing.
 * SQLite's are 64-bit but count up from 1, so the same bound holds there.
 */
export const MAX_NUMERIC_ID = 2_147_483_647

/** A number that can stand for a numeric id in a query (negative ones too: `greater_than: -1` is a fair question). */
export const isNumericId = (n: number) => Number.isInteger(n) && Math.abs(n) <= MAX_NUMERIC_ID

export const idOf = (value: unknown): ID | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

export const sameId = (a: unknown, b: unknown): boolean => {
  const x = idOf(a)
  const y = idOf(b)
  return x !== null && y !== null && String(x) === String(y)
}

/** An id from a form field, in the database's own id type (or undefined when empty). */
export const formId = (
  idType: 'number' | 'text',
  value: string | null | undefined,
): ID | undefined => {
  const text = (value ?? '').trim()
  if (!text) return undefined
  if (idType !== 'number') return text
  const n = Number(text)
  return Number.isSafeInteger(n) ? n : text
}
