import type { CollectionBeforeChangeHook } from 'payload'

import { lexicalToText } from '@/lib/lexicalText'

/** Keeps a plain-text copy of the body so search works the same on SQLite and MongoDB. */
export const storePlainText: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const body = data.body !== undefined ? data.body : originalDoc?.body
  return { ...data, plainText: lexicalToText(body) }
}
