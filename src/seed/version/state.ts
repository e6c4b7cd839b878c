/** The recorded state of a seeded item (the seed-state collection), written only when it changes. */
import type { Payload, PayloadRequest, Where } from 'payload'

import { type ID, idOf } from '@/lib/ids'

import type { SeedItem } from './items'
import type { StateRow, Store } from './store'

export type StateChange = {
  version?: string | null
  available?: string | null
  declined?: string | null
}

// Ids (a number or a string, or a populated document) and hashes compare as text; empty is null.
const norm = (value: unknown) => {
  const id = idOf(value)
  return id === null ? null : String(id)
}
const same = (a: unknown, b: unknown) => norm(a) === norm(b)

/** Records `change` for `item`, linked to its document `id`; returns whether anything was written. */
export const saveState = async (
  payload: Payload,
  req: PayloadRequest,
  store: Store,
  item: SeedItem,
  id: ID | null,
  change: StateChange,
): Promise<boolean> => {
  const row = store.states.get(item.key)
  const data = {
    key: item.key,
    brand: item.kind === 'brand' ? id : null,
    method: item.kind === 'method' ? id : null,
    version: change.version !== undefined ? change.version : (row?.version ?? null),
    available: change.available !== undefined ? change.available : (row?.available ?? null),
    declined: change.declined !== undefined ? change.declined : (row?.declined ?? null),
  }
  if (
    row &&
    (Object.keys(data) as (keyof typeof data)[]).every((field) => same(row[field], data[field]))
  )
    return false
  const saved = row
    ? await payload.update({
        collection: 'seed-state',
        id: row.id,
        data: data as never,
        depth: 0,
        overrideAccess: true,
        req,
      })
    : await payload.create({
        collection: 'seed-state',
        data: data as never,
        depth: 0,
        overrideAccess: true,
        req,
      })
  store.states.set(item.key, saved as unknown as StateRow)
  return true
}

/** The state row of a document, found by the document's id (or the site's key). */
export const stateOfDocument = async (
  payload: Payload,
  req: PayloadRequest,
  target: { collection: 'brands' | 'methods'; id: ID } | { global: 'site' },
) => {
  const where: Where =
    'global' in target
      ? { key: { equals: 'site' } }
      : target.collection === 'brands'
        ? { brand: { equals: target.id } }
        : { method: { equals: target.id } }
  const { docs } = await payload.find({
    collection: 'seed-state',
    where,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return (docs[0] as unknown as StateRow | undefined) ?? null
}
