import type { Collection, FlattenedField, PayloadRequest, Where } from 'payload'

import { isNumericId, MAX_NUMERIC_ID } from '@/lib/ids'

import { ClientMistake } from './clientMistake'

/**
 * Checks a request's `where` against the collection's fields before the
 * database sees it, so that a value the database cannot compare is a 400 that
 * says what to send, not a failed query (a 500): list operators take a list of
 * values of the field's type, numbers and ids are numeric where the database's
 * ids are (and ids within their range), dates parse to years 1–9999, a choice
 * is one of its options (PostgreSQL keeps choices as enums), no text holds a
 * NUL character (PostgreSQL's text cannot), and the whole tree holds a bounded
 * number of clauses (SQLite refuses an "expression tree" past about a thousand).
 * The same rules hold on every database, so a request gets the same answer.
 */
export const MAX_WHERE_CLAUSES = 100
export const MAX_LIST_VALUES = 1000

const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])
const LIST = new Set(['in', 'not_in', 'all'])
const ORDERED = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])

type Kind = 'number' | 'id' | 'date' | 'boolean' | 'point' | 'choice' | 'text' | 'unknown'
type Lookup = { kind: Kind; hasMany: boolean; options?: string[] }

const fieldsOf = (req: PayloadRequest, slug: string): FlattenedField[] =>
  (req.payload.collections as Record<string, Collection | undefined>)[slug]?.config
    .flattenedFields ?? []

/** What a dotted path compares against, following groups, tabs, arrays and single-collection relationships. */
const lookup = (req: PayloadRequest, slug: string, path: string): Lookup => {
  let fields = fieldsOf(req, slug)
  const segments = path.split('.')
  for (const [i, name] of segments.entries()) {
    const last = i === segments.length - 1
    if (name === 'id' && !fields.some((f) => f.name === 'id'))
      return { kind: last ? 'id' : 'unknown', hasMany: false }
    const field = fields.find((f) => f.name === name)
    if (!field) return { kind: 'unknown', hasMany: false }
    const hasMany = 'hasMany' in field && field.hasMany === true
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array') {
      fields = field.flattenedFields
      continue
    }
    if (field.type === 'relationship' || field.type === 'upload') {
      if (typeof field.relationTo !== 'string') return { kind: 'unknown', hasMany }
      if (last) return { kind: 'id', hasMany }
      fields = fieldsOf(req, field.relationTo)
      continue
    }
    if (!last) return { kind: 'unknown', hasMany }
    if (field.type === 'number') return { kind: 'number', hasMany }
    if (field.type === 'date') return { kind: 'date', hasMany }
    if (field.type === 'checkbox') return { kind: 'boolean', hasMany }
    if (field.type === 'point') return { kind: 'point', hasMany }
    if (field.type === 'select' || field.type === 'radio') {
      return {
        kind: 'choice',
        hasMany,
        options: field.options.map((option) =>
          typeof option === 'string' ? option : option.value,
        ),
      }
    }
    if (
      field.type === 'join' ||
      field.type === 'blocks' ||
      field.type === 'json' ||
      field.type === 'richText'
    )
      return { kind: 'unknown', hasMany }
    return { kind: 'text', hasMany }
  }
  return { kind: 'unknown', hasMany: false }
}

/** SQL adapters list the operators they implement; "all" is missing from some. */
const supportsAll = (req: PayloadRequest) => {
  const operators = (req.payload.db as { operators?: Record<string, unknown> }).operators
  return !operators || 'all' in operators
}

const isNumeric = (value: unknown) =>
  typeof value === 'number'
    ? Number.isFinite(value)
    : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))

/** A date the databases can hold as written: PostgreSQL reads four-digit years, from year 1. */
const isDate = (value: unknown) => {
  if (typeof value !== 'string') return false
  const year = new Date(Date.parse(value)).getUTCFullYear()
  return year >= 1 && year <= 9999
}

const NUL = '\u0000'

/** Why `value` cannot stand for a value of the field, or null when it can. */
const wrongValue = (
  req: PayloadRequest,
  { kind, options }: Lookup,
  value: unknown,
): string | null => {
  if (value === null || value === 'null') return null
  if (typeof value === 'object') return 'a single value, not an object or a list'
  if (typeof value === 'string' && value.includes(NUL))
    return 'text without the NUL character (U+0000)'
  if (kind === 'number' && !isNumeric(value)) return 'a number'
  if (
    kind === 'id' &&
    req.payload.db.defaultIDType === 'number' &&
    !(isNumeric(value) && isNumericId(Number(value)))
  )
    return `a whole-number id (at most ${MAX_NUMERIC_ID})`
  if (kind === 'date' && !isDate(value)) return 'a date such as 2024-05-01 or 2024-05-01T12:30:00Z'
  if (kind === 'choice' && options && !options.includes(String(value)))
    return `one of: ${options.join(', ')}`
  return null
}

const listOf = (value: unknown): unknown[] | null => {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  if (typeof value === 'number') return [value]
  return null
}

const checkCondition = (req: PayloadRequest, slug: string, path: string, condition: unknown) => {
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) {
    throw new ClientMistake(
      `The condition on "${path}" needs an operator, such as where[${path}][equals]=value.`,
    )
  }
  const field = lookup(req, slug, path)
  const { kind, hasMany } = field
  for (const [operator, value] of Object.entries(condition)) {
    if (!OPERATORS.has(operator))
      throw new ClientMistake(
        `"${operator}" is not a query operator. Use one of: ${[...OPERATORS].join(', ')}.`,
      )
    if (kind === 'unknown') continue
    if (
      (operator === 'near' || operator === 'within' || operator === 'intersects') !==
      (kind === 'point')
    ) {
      throw new ClientMistake(
        `"${operator}" ${kind === 'point' ? 'is not for' : 'works only on'} location fields; "${path}" ${kind === 'point' ? 'is one' : 'is not'}.`,
      )
    }
    if (kind === 'point') continue
    if (operator === 'all' && !hasMany)
      throw new ClientMistake(
        `"all" works only on fields that hold several values; for "${path}" use "in".`,
      )
    if (operator === 'all' && !supportsAll(req))
      throw new ClientMistake(
        `"all" is not supported by this site's database; ask with "in" and check each result.`,
      )
    if (operator === 'exists') {
      if (!['true', 'false', true, false].includes(value as never))
        throw new ClientMistake(`"exists" on "${path}" takes true or false.`)
      continue
    }
    if (
      ORDERED.has(operator) &&
      kind !== 'number' &&
      kind !== 'date' &&
      kind !== 'id' &&
      kind !== 'text'
    ) {
      throw new ClientMistake(
        `"${operator}" cannot compare "${path}": use it on numbers, dates and text.`,
      )
    }
    if (LIST.has(operator)) {
      const values = listOf(value)
      if (!values)
        throw new ClientMistake(
          `"${operator}" on "${path}" takes a list of values, such as where[${path}][${operator}]=a,b or where[${path}][${operator}][0]=a.`,
        )
      if (values.length > MAX_LIST_VALUES)
        throw new ClientMistake(
          `"${operator}" on "${path}" takes at most ${MAX_LIST_VALUES} values. Ask in several parts.`,
        )
      for (const item of values) {
        const wanted = wrongValue(req, field, item)
        if (wanted)
          throw new ClientMistake(`Each value of "${operator}" on "${path}" must be ${wanted}.`)
      }
      continue
    }
    if (operator === 'like' || operator === 'not_like' || operator === 'contains') {
      if (kind !== 'text')
        throw new ClientMistake(
          `"${operator}" works on text fields only; for "${path}" use "equals" or "in".`,
        )
      if (typeof value === 'object' && value !== null)
        throw new ClientMistake(`"${operator}" on "${path}" takes a single text value.`)
      if (typeof value === 'string' && value.includes(NUL))
        throw new ClientMistake(
          `"${operator}" on "${path}" must be given text without the NUL character (U+0000).`,
        )
      continue
    }
    const wanted = wrongValue(req, field, value)
    if (wanted) throw new ClientMistake(`"${operator}" on "${path}" must be given ${wanted}.`)
  }
}

/** Walks the tree without recursion, counting clauses as it goes. */
export const checkWhere = (req: PayloadRequest, slug: string, where: Where | undefined) => {
  if (where === undefined || where === null) return
  let clauses = 0
  const stack: unknown[] = [where]
  while (stack.length) {
    const node = stack.pop()
    if (typeof node !== 'object' || node === null)
      throw new ClientMistake(
        'A "where" must be made of conditions such as where[field][equals]=value.',
      )
    for (const [key, value] of Object.entries(node)) {
      if (++clauses > MAX_WHERE_CLAUSES)
        throw new ClientMistake(
          `A "where" may hold at most ${MAX_WHERE_CLAUSES} conditions. Ask for less at a time, or use "in" with a list of values.`,
        )
      // GraphQL spells them AND and OR; Payload reads either.
      if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
        // The query string makes long lists into objects keyed 0, 1, 2…
        if (typeof value !== 'object' || value === null)
          throw new ClientMistake(
            `"${key}" takes a list of conditions, such as where[${key}][0][field][equals]=value.`,
          )
        stack.push(...Object.values(value))
      } else checkCondition(req, slug, key, value)
    }
  }
}
