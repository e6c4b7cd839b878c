import type { Payload } from 'payload'

import { paragraphs } from '../../src/seed/richText'

import { PASSWORD, pngBytes, publishedMethod, type RoleName, unique } from './fixtures'
import type { CollectionSlug } from './matrix'

/** `kase`: a published case, which staff write their comments under (they answer cases, never open one). */
type Related = {
  brand: { id: number | string }
  method: { id: number | string }
  kase?: { id: number | string }
}

let stepOrder = 100

/** Valid data for a new document of each collection. */
export const newData = (
  collection: Exclude<CollectionSlug, 'media'>,
  related: Related,
  as: RoleName = 'anonymous',
): Record<string, unknown> => {
  switch (collection) {
    case 'brands': {
      const name = unique('Brand')
      return { name, slug: name.toLowerCase(), _status: 'published' }
    }
    case 'methods':
      // A new method starts as a draft: it is published once it has steps.
      return {
        title: 'A method',
        slug: unique('method'),
        brand: related.brand.id,
        kind: 'menu',
        dataLoss: 'none',
        _status: 'draft',
      }
    case 'steps':
      // Steps of a published method are live at once, so they need text.
      return {
        method: related.method.id,
        order: ++stepOrder,
        title: 'A step',
        body: paragraphs(['Press the button.']),
      }
    case 'comments':
      if (as !== 'anonymous' && related.kase)
        return {
          parent: related.kase.id,
          authorName: 'Support',
          body: 'Hold the reset button for 30 seconds.',
        }
      return {
        authorName: 'Reader',
        body: 'The reset button did nothing on my DS-7608.',
        brand: related.brand.id,
      }
    case 'feedback':
      return { method: related.method.id, helpful: 'yes' }
    case 'users':
      return { email: `${unique('user')}@example.com`, password: PASSWORD, name: 'Someone' }
  }
}

/** A small change each collection accepts. */
export const changeFor: Record<CollectionSlug, Record<string, unknown>> = {
  brands: { summary: 'Changed summary' },
  methods: { summary: 'Changed summary' },
  steps: { title: 'Changed title' },
  comments: { caseState: 'answered' },
  feedback: { comment: 'Changed' },
  media: { alt: 'Changed alt' },
  users: { name: 'Changed name' },
}

/** Creates a document directly (no access checks) to read, update or delete in a test. */
export const createTarget = async (
  payload: Payload,
  collection: CollectionSlug,
  related: Related,
) => {
  if (collection === 'media') {
    const png = await pngBytes()
    return payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { alt: 'Target' },
      file: { data: png, mimetype: 'image/png', name: `${unique('target')}.png`, size: png.length },
    })
  }
  const data = newData(collection, related)
  if (collection === 'methods') return (await publishedMethod(payload, data)).method
  // A comment that readers may see is a published one.
  if (collection === 'comments') data.status = 'published'
  return payload.create({ collection, overrideAccess: true, data: data as never })
}

/** Multipart body for an upload through REST. */
export const uploadForm = async (
  alt: string,
  file?: { bytes: Uint8Array; name: string; type: string },
) => {
  const form = new FormData()
  const upload = file ?? {
    bytes: await pngBytes(),
    name: `${unique('upload')}.png`,
    type: 'image/png',
  }
  form.append('file', new Blob([new Uint8Array(upload.bytes)], { type: upload.type }), upload.name)
  form.append('_payload', JSON.stringify({ alt }))
  return form
}
