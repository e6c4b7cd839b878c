import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

/**
 * The published content's version, kept in the database (the hidden
 * `search-state` global) so that every instance learns of every publish,
 * whichever instance took it. A new random value each time, never a counter:
 * two instances writing at once still each leave a value nobody has seen.
 */
const SLUG = 'search-state'

export const readContentVersion = async (payload: Payload): Promise<string> => {
  const state = await payload.findGlobal({ slug: SLUG, overrideAccess: true, depth: 0 })
  return state.version ?? ''
}

/** Written with the change's own request, so it commits (or rolls back) with the change. */
export const bumpContentVersion = async (req: PayloadRequest): Promise<void> => {
  await req.payload.updateGlobal({
    slug: SLUG,
    data: { version: `${Date.now().toString(36)}-${randomUUID()}` },
    overrideAccess: true,
    req,
    depth: 0,
  })
}
