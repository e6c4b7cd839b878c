import type { FieldHook } from 'payload'

/**
 * Puts `fallback` in place of an empty value, so a field always holds one of its
 * options. On update an absent value means "unchanged" and is left alone.
 */
export const fillDefault =
  (fallback: unknown): FieldHook =>
  ({ value, operation }) => {
    if (value === undefined) return operation === 'create' ? fallback : value
    if (value === null || (Array.isArray(value) && value.length === 0)) return fallback
    return value
  }
