/**
 * The canonical form of a seeded item's content, and its hash (the item's
 * content version). Seed data (from toDocs) and a stored document are both
 * walked along the collection's own fields, so a document created from seed
 * data has the seed data's form exactly: fields the schema does not have are
 * dropped, defaults are applied as Payload applies them, ids, timestamps and
 * array row ids are left out, null / '' / [] / false checkboxes count as
 * absent, and relationships are named by stable keys (`brand:dahua`) rather
 * than ids.
 *
 * Changing this form changes every hash: stored versions then no longer match
 * and untouched items count as edited. Rebuild the history (npm run seed:history)
 * and keep the fixture's test green when it must change.
 */
import { createHash } from 'node:crypto'

import type { FlattenedField } from 'payload'

/** How a relationship value is named, for example `brand:dahua`; values that name nothing seeded keep their id. */
export type KeyOf = (relationTo: string, value: unknown) => string

export type Side = {
  /** Seed data: apply the defaults Payload would apply when a value is missing. */
  defaults: boolean
  keyOf: KeyOf
}

const SYSTEM = new Set(['id', 'createdAt', 'updatedAt', '_status', 'deletedAt', 'globalType'])

/**
 * Fields the seed does not write: made once on creation (a brand's logo),
 * structural (a method's brand, a step's method: part of the item's key) or
 * kept by hooks from other fields.
 */
const NOT_SEEDED: Record<string, string[]> = {
  brands: ['logo', 'formerSlugs'],
  methods: ['brand', 'basedOn', 'formerSlugs'],
  steps: ['method'],
}

/** Fields holding content at any depth: hidden, virtual and join fields are derived or structural. */
export const isContent = (field: FlattenedField) =>
  !SYSTEM.has(field.name) &&
  field.type !== 'join' &&
  !('virtual' in field && field.virtual) &&
  !('hidden' in field && field.hidden) &&
  !field.admin?.hidden

/** The top-level fields of `slug` whose values are seeded content. */
export const ownedFields = (slug: string, list: FlattenedField[]): FlattenedField[] =>
  list.filter((field) => isContent(field) && !NOT_SEEDED[slug]?.includes(field.name))

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (isPlainObject(value) && Object.keys(value).length === 0)

/** Free-form JSON (rich text, json fields): empties dropped at every depth. */
const prune = (value: unknown): unknown => {
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((item) => item !== undefined)
    return items.length ? items : undefined
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      const pruned = prune(item)
      if (pruned !== undefined) out[key] = pruned
    }
    return Object.keys(out).length ? out : undefined
  }
  return isEmpty(value) ? undefined : value
}

const relationKey = (
  field: FlattenedField & { relationTo: string | string[] },
  value: unknown,
  side: Side,
) => {
  if (isEmpty(value)) return undefined
  if (Array.isArray(field.relationTo)) {
    const poly = value as { relationTo?: string; value?: unknown }
    return side.keyOf(String(poly.relationTo), poly.value)
  }
  return side.keyOf(field.relationTo, value)
}

const field = (f: FlattenedField, raw: unknown, side: Side): unknown => {
  let value = raw
  if (
    value === undefined &&
    side.defaults &&
    'defaultValue' in f &&
    f.defaultValue !== undefined &&
    typeof f.defaultValue !== 'function'
  ) {
    value = f.defaultValue
  }
  let out: unknown
  switch (f.type) {
    case 'group':
    case 'tab':
      out = fields(f.flattenedFields, isPlainObject(value) ? value : {}, side)
      break
    case 'array':
      out = Array.isArray(value)
        ? value.map((row) => fields(f.flattenedFields, isPlainObject(row) ? row : {}, side) ?? {})
        : undefined
      break
    case 'blocks':
      out = Array.isArray(value)
        ? value.map((row: Record<string, unknown>) => {
            const block = f.blocks.find((b) => b.slug === row?.blockType)
            return {
              blockType: row?.blockType,
              ...(block ? fields(block.flattenedFields, row, side) : {}),
            }
          })
        : undefined
      break
    case 'relationship':
    case 'upload':
      out = Array.isArray(value)
        ? value.map((item) => relationKey(f, item, side)).filter((item) => item !== undefined)
        : relationKey(f, value, side)
      break
    case 'date':
      out = isEmpty(value) ? undefined : new Date(String(value)).toISOString()
      break
    case 'checkbox':
      out = value === true ? true : undefined
      break
    case 'richText':
    case 'json':
    case 'point':
      out = prune(value)
      break
    default:
      out = Array.isArray(value) ? value.filter((item) => !isEmpty(item)) : value
  }
  return isEmpty(out) ? undefined : out
}

/** The canonical form of `data` along `list` (an object with only the values present). */
export const fields = (
  list: FlattenedField[],
  data: Record<string, unknown>,
  side: Side,
): Record<string, unknown> | undefined => {
  const out: Record<string, unknown> = {}
  for (const f of list) {
    if (!isContent(f)) continue
    const value = field(f, data[f.name], side)
    if (value !== undefined) out[f.name] = value
  }
  return Object.keys(out).length ? out : undefined
}

/** JSON with object keys sorted, so equal content always reads the same. */
export const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) =>
    isPlainObject(item)
      ? Object.fromEntries(
          Object.keys(item)
            .sort()
            .map((key) => [key, item[key]]),
        )
      : item,
  )

export const contentHash = (value: unknown): string =>
  createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 16)
