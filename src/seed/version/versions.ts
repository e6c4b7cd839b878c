/** An item's versions as the database holds them, against what ships (see classify.ts). */
import { shippedBefore } from '../history'

import type { Versions } from './classify'
import { type SeedItem, shippedHash } from './items'
import { type Store, storedHashes } from './store'
import type { Status } from './write'

export const versionsOf = (store: Store, item: SeedItem): Versions | null => {
  const stored = store.stored.get(item.key)
  if (!stored) return null
  const state = store.states.get(item.key)
  return {
    shipped: shippedHash(store.schema, item),
    ...storedHashes(store, item.kind, stored),
    version: state?.version,
    declined: state?.declined,
    history: shippedBefore(item.key),
  }
}

/** The publish status a write keeps (the site global has none). */
export const statusOf = (doc: Record<string, unknown>): Status =>
  doc._status === 'draft' ? 'draft' : 'published'
