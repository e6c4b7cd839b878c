/**
 * The media document of a drawn illustration (src/seed/illustrations/), the one
 * place the seed resolves `refs.illustration`. With `create`, a missing one is
 * made; without, only found (hashing must not write).
 */
import type { Payload, PayloadRequest } from 'payload'

import type { ID } from '@/lib/ids'

import type { IllustrationKey } from '../factories'
import { ensureIllustration, findIllustration } from '../illustrations'

export const illustrationMedia = (
  payload: Payload,
  req: PayloadRequest,
  key: IllustrationKey,
  { create }: { create: boolean },
): Promise<ID | null> =>
  create ? ensureIllustration(payload, key, req) : findIllustration(payload, key, req)
