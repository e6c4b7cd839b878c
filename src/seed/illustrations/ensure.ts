import type { Payload } from 'payload'

import type { ID } from '../../fields/ids'
import type { IllustrationKey, SeedMethod } from '../factories'
import { illustrationAlt, illustrationPng } from './catalog'

const local = { overrideAccess: true } as const

/** The fixed name an illustration is stored under; it is how the seed finds it again. */
export const illustrationFilename = (key: IllustrationKey) => `illustration-${key}.png`

/**
 * The name, or the name with the numeric suffix Payload adds when a file of
 * that name is already on disk (a media folder kept from an older database).
 */
const isStoredName = (key: IllustrationKey, filename: unknown) =>
  typeof filename === 'string' && new RegExp(`^illustration-${key}(-\\d+)?\\.png$`).test(filename)

/**
 * The media document of an illustration: the one already stored (found by its
 * file name, so editors may change its alt text or replace the picture), or a
 * new one made from the drawing with its alt text.
 */
export const ensureIllustration = async (payload: Payload, key: IllustrationKey): Promise<ID> => {
  const { docs } = await payload.find({
    collection: 'media',
    ...local,
    depth: 0,
    limit: 20,
    sort: 'createdAt',
    pagination: false,
    where: { filename: { like: `illustration-${key}` } },
  })
  const found = docs.find((doc) => isStoredName(key, doc.filename))
  if (found) return found.id
  const png = await illustrationPng(key)
  const created = await payload.create({
    collection: 'media',
    ...local,
    data: { alt: illustrationAlt(key) },
    file: { data: png, mimetype: 'image/png', name: illustrationFilename(key), size: png.length },
  })
  return created.id
}

/** The illustrations the given methods' steps show, each once. */
export const illustrationsUsedBy = (methods: SeedMethod[]): IllustrationKey[] => [
  ...new Set(methods.flatMap((method) => method.steps.flatMap((step) => (step.image ? [step.image.illustration] : [])))),
]

/**
 * Every illustration the given methods need, stored and mapped to its id: the
 * seed resolves them first, so `refs.illustration` can answer without waiting.
 */
export const ensureIllustrations = async (payload: Payload, methods: SeedMethod[]): Promise<Map<IllustrationKey, ID>> => {
  const ids = new Map<IllustrationKey, ID>()
  for (const key of illustrationsUsedBy(methods)) ids.set(key, await ensureIllustration(payload, key))
  return ids
}
