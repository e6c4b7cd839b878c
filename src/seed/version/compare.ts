/**
 * Field by field, in words: what a seeded document holds (as last saved, the
 * way its editor sees it) against the version this release ships, steps
 * included. Built from the two canonical forms, so it shows exactly the
 * differences that make the versions differ.
 */
import type { FlattenedField } from 'payload'

import { lexicalToText } from '@/lib/lexicalText'

import { stableJson } from './canonical'
import { type CanonicalItem, type SeedItem, shippedCanonical, storedCanonical } from './items'
import type { Store, Stored } from './store'

export type Change = { label: string; current: string; shipped: string }
export type Comparison = { changes: Change[]; unchanged: number }

const humanize = (name: string) => {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const labelOf = (field: FlattenedField) =>
  'label' in field && typeof field.label === 'string' ? field.label : humanize(field.name)

const optionLabel = (field: FlattenedField, value: unknown) => {
  if (field.type !== 'select' && field.type !== 'radio') return String(value)
  const option = field.options.find((o) => (typeof o === 'string' ? o : o.value) === value)
  return option && typeof option !== 'string' && typeof option.label === 'string'
    ? option.label
    : String(value)
}

/** `brand:dahua` → `dahua`, `illustration:reset-button-board` → `drawing "reset-button-board"`; others keep their id. */
const refText = (key: unknown) => {
  const [kind, ...rest] = String(key).split(':')
  const name = rest.join(':')
  if (kind === 'brand') return name
  if (kind === 'illustration') return `drawing “${name}”`
  return `${kind} #${name}`
}

const valueText = (field: FlattenedField, value: unknown): string => {
  if (value === undefined) return ''
  switch (field.type) {
    case 'group':
    case 'tab':
      return linesOf(field.flattenedFields, value as Record<string, unknown>)
    case 'array':
      return (value as Record<string, unknown>[])
        .map((row) =>
          field.flattenedFields
            .map((sub) => valueText(sub, row[sub.name]))
            .filter(Boolean)
            .join(' — '),
        )
        .map((line) => `• ${line}`)
        .join('\n')
    case 'relationship':
    case 'upload':
      return Array.isArray(value) ? value.map(refText).join(', ') : refText(value)
    case 'richText':
      return lexicalToText(value)
    case 'date':
      return String(value).slice(0, 10)
    case 'checkbox':
      return value ? 'yes' : ''
    case 'json':
    case 'point':
    case 'blocks':
      return stableJson(value)
    default:
      return Array.isArray(value)
        ? value.map((v) => optionLabel(field, v)).join(', ')
        : optionLabel(field, value)
  }
}

/** "Label: value" lines for the fields present in `data`. */
const linesOf = (fields: FlattenedField[], data: Record<string, unknown> | undefined) =>
  fields
    .filter((field) => data?.[field.name] !== undefined)
    .map((field) => `${labelOf(field)}: ${valueText(field, data?.[field.name])}`)
    .join('\n')

const stepText = (fields: FlattenedField[], step: Record<string, unknown> | undefined) =>
  step === undefined
    ? ''
    : linesOf(
        fields.filter((field) => field.name !== 'order'),
        step,
      )

const diff = (
  store: Store,
  kind: SeedItem['kind'],
  current: CanonicalItem,
  shipped: CanonicalItem,
): Comparison => {
  const fields = store.schema[kind === 'brand' ? 'brands' : kind === 'method' ? 'methods' : 'site']
  const changes: Change[] = []
  let unchanged = 0
  for (const field of fields) {
    const a = current.doc?.[field.name]
    const b = shipped.doc?.[field.name]
    if (stableJson(a) === stableJson(b)) unchanged++
    else
      changes.push({
        label: labelOf(field),
        current: valueText(field, a),
        shipped: valueText(field, b),
      })
  }
  if (kind === 'method') {
    const held = current.steps ?? []
    const ships = shipped.steps ?? []
    for (let i = 0; i < Math.max(held.length, ships.length); i++) {
      if (stableJson(held[i]) === stableJson(ships[i])) unchanged++
      else
        changes.push({
          label: `Step ${i + 1}`,
          current: stepText(store.schema.steps, held[i]),
          shipped: stepText(store.schema.steps, ships[i]),
        })
    }
  }
  return { changes, unchanged }
}

export const compareItem = (store: Store, item: SeedItem, stored: Stored): Comparison =>
  diff(
    store,
    item.kind,
    storedCanonical(store.schema, item.kind, stored.latest, stored.steps, store.keyOf),
    shippedCanonical(store.schema, item),
  )
