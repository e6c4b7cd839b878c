import type { Where } from 'payload'

import { publishedOrEditors } from '../../access'

/**
 * Readers see a method when it is published and it is either general (no brand)
 * or belongs to a published brand.
 */
export const publishedMethod: Where = {
  and: [
    { _status: { equals: 'published' } },
    { or: [{ brand: { exists: false } }, { 'brand._status': { equals: 'published' } }] },
  ],
}

export const readMethods = publishedOrEditors(publishedMethod)
