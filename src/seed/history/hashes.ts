/**
 * The content version of every seeded item a database holds, by key: what the
 * history of a release is built from (a database that release seeded) and what
 * its test compares against.
 */
import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '@/lib/ids'

import { methodKey, SITE_KEY } from '../version/items'
import { loadStore, storedHashes, type Wanted } from '../version/store'

export const hashesInDatabase = async (
  payload: Payload,
  req: PayloadRequest,
): Promise<Record<string, string>> => {
  const local = { overrideAccess: true, req, depth: 0, pagination: false } as const
  const { docs: brands } = await payload.find({
    collection: 'brands',
    select: { slug: true },
    ...local,
  })
  const { docs: methods } = await payload.find({
    collection: 'methods',
    select: { slug: true, brand: true },
    joins: false,
    ...local,
  })
  const slugOf = new Map(brands.map((brand) => [String(brand.id), brand.slug]))
  const wanted: Wanted[] = [
    { kind: 'site', key: SITE_KEY },
    ...brands.map((brand): Wanted => ({ kind: 'brand', key: brand.slug })),
    ...methods.flatMap((method): Wanted[] => {
      const brand = idOf(method.brand)
      const brandKey = brand === null ? null : slugOf.get(String(brand))
      return brandKey === undefined
        ? []
        : [{ kind: 'method', key: methodKey(brandKey, method.slug), brandKey, slug: method.slug }]
    }),
  ]
  const store = await loadStore(payload, req, wanted)
  const out: Record<string, string> = {}
  for (const w of wanted) {
    const stored = store.stored.get(w.key)
    if (stored) out[w.key] = storedHashes(store, w.kind, stored).main
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)))
}
