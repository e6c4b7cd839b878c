/**
 * The media document of a drawn illustration (src/seed/illustrations/), the one
 * place the seed resolves `refs.illustration`. With `create`, a missing one is
 * made; without, only found (hashing must not write).
 */
import type { Payload, PayloadRequest } from 'payload'

import type { ID } from '../../fields/ids'
import type { IllustrationKey } from '../factories'

export const illustrationFilename = (key: IllustrationKey | string) => `illustration-${key}.png`

export const illustrationMedia = async (payload: Payload, req: PayloadRequest, key: IllustrationKey | string, { create }: { create: boolean }): Promise<ID | null> => {
  const { docs } = await payload.find({
    collection: 'media',
    where: { filename: { equals: illustrationFilename(key) } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (docs[0]) return docs[0].id
  if (!create) return null
  throw new Error(`The illustration "${key}" cannot be made yet: src/seed/illustrations/ provides no drawing for it.`)
}
