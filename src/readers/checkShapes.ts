import { type CollectionBeforeValidateHook, type Field, ValidationError } from 'payload'

import { isNumericId } from '@/lib/ids'

import { isStaff } from '../access'

import { isTrustedWrite } from './context'

type Problem = { path: string; message: string }

const label = (field: Field) => {
  const text =
    'label' in field && typeof field.label === 'string'
      ? field.label
      : 'name' in field
        ? field.name
        : 'This field'
  return (
    text.charAt(0).toUpperCase() +
    text
      .slice(1)
      .replace(/([A-Z])/g, ' $1')
      .toLowerCase()
  )
}

/** An id in the database's own form: a positive whole number on SQLite and PostgreSQL, a 24-hex ObjectId on MongoDB. */
const wellFormedId = (value: unknown, idType: 'number' | 'text') => {
  if (idType === 'number') {
    const n = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value
    return typeof n === 'number' && isNumericId(n) && n > 0
  }
  return typeof value === 'string' && /^[0-9a-f]{24}$/i.test(value)
}

/**
 * Values of the wrong type, text holding a NUL character, and links to
 * documents that do not exist (or, for a reader, are not published), are
 * refused with a 400 naming the field, before any hook or the database sees
 * them: an object where text belongs, `{"$gt": ""}` for an id, an id of
 * nothing. Only the collection's top-level text, choice, checkbox, number and
 * single relationship fields are checked; Payload validates the rest.
 */
export const checkShapes: CollectionBeforeValidateHook = async ({ collection, data, req }) => {
  if (!data || typeof data !== 'object') return data
  const problems: Problem[] = []
  const idType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
  const asStaff = isStaff(req.user) || isTrustedWrite(req)
  for (const field of collection.fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = (data as Record<string, unknown>)[field.name]
    if (value === null || value === undefined) continue
    const path = field.name
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
        if (typeof value !== 'string')
          problems.push({ path, message: `${label(field)} must be text.` })
        // PostgreSQL's text cannot hold it; refused on every database alike.
        else if (value.includes('\u0000'))
          problems.push({
            path,
            message: `${label(field)} cannot hold the NUL character (U+0000). Remove it.`,
          })
        break
      case 'select':
      case 'radio':
        if (!('hasMany' in field && field.hasMany) && typeof value !== 'string')
          problems.push({ path, message: `${label(field)} must be one of the offered choices.` })
        break
      case 'checkbox':
        if (typeof value !== 'boolean')
          problems.push({ path, message: `${label(field)} must be true or false.` })
        break
      case 'number':
        if (
          !('hasMany' in field && field.hasMany) &&
          (typeof value !== 'number' || !Number.isFinite(value))
        )
          problems.push({ path, message: `${label(field)} must be a number.` })
        break
      case 'relationship': {
        if (field.hasMany || Array.isArray(field.relationTo) || value === '') break
        const id =
          typeof value === 'object' && value !== null && !Array.isArray(value) && 'id' in value
            ? (value as { id: unknown }).id
            : value
        if (!wellFormedId(id, idType)) {
          problems.push({
            path,
            message: `${label(field)} must be the id of one of the listed ${field.relationTo}.`,
          })
          break
        }
        // A reader may only name what a reader can see: a draft brand or method is "no such" to them.
        const found = await req.payload
          .findByID({
            collection: field.relationTo,
            id: id as number | string,
            depth: 0,
            overrideAccess: asStaff,
            disableErrors: true,
            select: {},
            req,
          })
          .catch(() => null)
        if (!found)
          problems.push({
            path,
            message: `${label(field)}: there is no such ${field.relationTo.replace(/s$/, '')}. Choose one of those listed.`,
          })
        break
      }
    }
  }
  if (problems.length)
    throw new ValidationError({ collection: collection.slug, errors: problems }, req.t)
  return data
}
