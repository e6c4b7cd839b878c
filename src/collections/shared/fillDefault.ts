import type { FieldHook, FieldHookArgs } from 'payload'

type Fallback = string | string[] | ((args: FieldHookArgs) => unknown)

/**
 * Puts `fallback` in place of an empty value, so a field always holds one of its
 * options. On update an absent value means "unchanged" and is left alone.
 */
export const fillDefault =
  (fallback: Fallback): FieldHook =>
  (args) => {
    const { value, operation } = args
    const resolve = () => (typeof fallback === 'function' ? fallback(args) : fallback)
    if (value === undefined) return operation === 'create' ? resolve() : value
    if (value === null || (Array.isArray(value) && value.length === 0)) return resolve()
    return value
  }
