import type { Payload, PayloadRequest } from 'payload'

import type { ID } from '@/lib/ids'

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

/** The media document of an illustration already stored, found by its file name (editors may change its alt text or replace the picture). */
export const findIllustration = async (
  payload: Payload,
  key: IllustrationKey,
  req?: PayloadRequest,
): Promise<ID | null> => {
  const { docs } = await payload.find({
    collection: 'media',
    ...local,
    req,
    depth: 0,
    limit: 20,
    sort: 'createdAt',
    pagination: false,
    where: { filename: { like: `illustration-${key}` } },
  })
  return docs.find((doc) => isStoredName(key, doc.filename))?.id ?? null
}

/** The stored illustration, or a new media document made from the drawing with its alt text. */
export const ensureIllustration = async (
  payload: Payload,
  key: IllustrationKey,
  req?: PayloadRequest,
): Promise<ID> => {
  const found = await findIllustration(payload, key, req)
  if (found !== null) return found
  const png = await illustrationPng(key)
  const created = await payload.create({
    collection: 'media',
    ...local,
    req,
    data: { alt: illustrationAlt(key) },
    file: { data: png, mimetype: 'image/png', name: illustrationFilename(key), size: png.length },
  })
  return created.id
}

/** The illustrations the given methods' steps show, each once. */
export const illustrationsUsedBy = (methods: SeedMethod[]): IllustrationKey[] => [
  ...new Set(
    methods.flatMap((method) =>
      method.steps.flatMap((step) => (step.image ? [step.image.illustration] : [])),
    ),
  ),
]
