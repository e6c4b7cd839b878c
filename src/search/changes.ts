import type { PayloadRequest } from 'payload'

import { searchIndex } from './holder'
import { bumpContentVersion } from './version'

const BUMPED_IN = 'searchVersionBumpedIn'

/**
 * "Content changed", the one call the publishing hooks make: a new content
 * version in the database (in the change's own transaction, once per
 * transaction), for every instance, and this process's index told at once.
 * A pub/sub channel would be published to from here.
 */
export const contentChanged = async (req: PayloadRequest): Promise<void> => {
  searchIndex().contentChanged()
  const transaction = req.transactionID === undefined ? undefined : String(await req.transactionID)
  if (transaction !== undefined && req.context[BUMPED_IN] === transaction) return
  await bumpContentVersion(req)
  if (transaction !== undefined) req.context[BUMPED_IN] = transaction
}

/**
 * For collections with drafts: saving a draft over a draft changes nothing
 * the public sees (and autosave does it every few seconds while an editor
 * types). Publishing, unpublishing, and the first draft over a published
 * version do.
 */
export const isPublicChange = (
  doc: { _status?: unknown } | null | undefined,
  previousDoc: { _status?: unknown } | null | undefined,
) => doc?._status === 'published' || previousDoc?._status === 'published'
