/**
 * What the database holds of a set of seeded items, read in a few queries
 * whatever its size (only the items' own keys and slugs are looked up): each
 * item's document as published (`main`) and as last saved (`latest`, an
 * editor's draft when there is one), a method's steps, the recorded state of
 * each item, and the ids that references resolve to.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { type ID, idOf, sameId } from '@/lib/ids'

import type { IllustrationKey } from '../factories'
import { ILLUSTRATION_KEYS } from '../illustrations'

import { contentHash, type KeyOf } from './canonical'
import { illustrationMedia } from './illustrations'
import { type Schema, schemaOf, type SeedItem, storedCanonical } from './items'

export type Doc = Record<string, unknown> & { id?: ID }

/** An item to look for: a seeded item, or (for the history) one named by what the database holds. */
export type Wanted =
  | { kind: 'brand'; key: string }
  | { kind: 'method'; key: string; brandKey: string | null; slug: string }
  | { kind: 'site'; key: string }

export const wantedOf = (item: SeedItem): Wanted =>
  item.kind === 'method'
    ? { kind: 'method', key: item.key, brandKey: item.brandKey, slug: item.slug }
    : { kind: item.kind, key: item.key }

export type StateRow = {
  id: ID
  key: string
  brand?: unknown
  method?: unknown
  version?: string | null
  available?: string | null
  declined?: string | null
}

/** A found item: its document (none for the site global), published and as last saved, and a method's steps in order. */
export type Stored = { id: ID | null; main: Doc; latest: Doc; steps: Doc[] }

export type Store = {
  schema: Schema
  states: Map<string, StateRow>
  stored: Map<string, Stored>
  /** Brand slugs as the content names them (a seeded brand by its key) → ids. */
  brandIds: Map<string, ID>
  illustrationIds: Map<IllustrationKey, ID>
  keyOf: KeyOf
}

export type References = { brands: Iterable<string>; illustrations: Iterable<IllustrationKey> }

const local = (req: PayloadRequest) =>
  ({ overrideAccess: true, req, depth: 0, pagination: false }) as const

const anyOf = (clauses: (Where | null)[]): Where => {
  const list = clauses.filter((c): c is Where => c !== null)
  return list.length === 1 ? list[0] : { or: list }
}
const idsIn = (ids: ID[]): Where | null => (ids.length ? { id: { in: ids } } : null)

export const loadStore = async (
  payload: Payload,
  req: PayloadRequest,
  wanted: Wanted[],
  references: References = { brands: [], illustrations: [] },
): Promise<Store> => {
  const schema = schemaOf(payload)
  const { docs: rows } = await payload.find({
    collection: 'seed-state',
    where: { key: { in: wanted.map((w) => w.key) } },
    ...local(req),
  })
  const states = new Map(rows.map((row) => [row.key, row as unknown as StateRow]))
  // A document linked to one key is never taken by another through its slug.
  const linked = (field: 'brand' | 'method') =>
    new Set(
      rows
        .map((row) => idOf(row[field]))
        .filter((id) => id !== null)
        .map(String),
    )
  const stored = new Map<string, Stored>()

  // Brands: the items', their methods' and the references'.
  const brandKeys = new Set<string>()
  for (const w of wanted) {
    if (w.kind === 'brand') brandKeys.add(w.key)
    if (w.kind === 'method' && w.brandKey !== null) brandKeys.add(w.brandKey)
  }
  const brandSlugs = new Set([...brandKeys, ...references.brands])
  const linkedBrands = linked('brand')
  const stateBrandIds = [...brandKeys]
    .map((key) => idOf(states.get(key)?.brand))
    .filter((id): id is ID => id !== null)
  const { docs: brandDocs } = brandSlugs.size
    ? await payload.find({
        collection: 'brands',
        where: anyOf([{ slug: { in: [...brandSlugs] } }, idsIn(stateBrandIds)]),
        ...local(req),
      })
    : { docs: [] }
  const brandsById = new Map(brandDocs.map((doc) => [String(doc.id), doc as unknown as Doc]))
  const brandOfKey = new Map<string, Doc>()
  for (const key of brandKeys) {
    const linkedId = idOf(states.get(key)?.brand)
    const doc =
      linkedId !== null
        ? brandsById.get(String(linkedId))
        : brandDocs.find((d) => d.slug === key && !linkedBrands.has(String(d.id)))
    if (doc) brandOfKey.set(key, doc as Doc)
  }
  const brandIds = new Map<string, ID>()
  for (const slug of brandSlugs) {
    const doc = brandOfKey.get(slug) ?? brandDocs.find((d) => d.slug === slug)
    if (doc?.id !== undefined) brandIds.set(slug, doc.id)
  }
  const brandKeyById = new Map<string, string>()
  for (const [slug, id] of brandIds)
    if (!brandKeyById.has(String(id))) brandKeyById.set(String(id), slug)

  // Methods: linked ones, and by slug within their brand (or among general methods).
  const methodWanted = wanted.filter(
    (w): w is Extract<Wanted, { kind: 'method' }> => w.kind === 'method',
  )
  const linkedMethods = linked('method')
  const stateMethodIds = methodWanted
    .map((w) => idOf(states.get(w.key)?.method))
    .filter((id): id is ID => id !== null)
  const parentIds = [...brandOfKey.values()].map((doc) => doc.id as ID)
  const { docs: methodDocs } = methodWanted.length
    ? await payload.find({
        collection: 'methods',
        joins: false,
        where: anyOf([
          idsIn(stateMethodIds),
          {
            and: [
              { slug: { in: [...new Set(methodWanted.map((w) => w.slug))] } },
              anyOf([
                { brand: { exists: false } },
                parentIds.length ? { brand: { in: parentIds } } : null,
              ]),
            ],
          },
        ]),
        ...local(req),
      })
    : { docs: [] }
  const methodsById = new Map(methodDocs.map((doc) => [String(doc.id), doc as unknown as Doc]))

  const found = new Map<string, Doc>()
  for (const w of wanted) {
    if (w.kind === 'brand') {
      const doc = brandOfKey.get(w.key)
      if (doc) found.set(w.key, doc)
    } else if (w.kind === 'method') {
      const linkedId = idOf(states.get(w.key)?.method)
      if (linkedId !== null) {
        const doc = methodsById.get(String(linkedId))
        if (doc) found.set(w.key, doc)
        continue
      }
      const parent = w.brandKey === null ? null : brandOfKey.get(w.brandKey)
      if (w.brandKey !== null && !parent) continue
      const doc = methodDocs.find(
        (d) =>
          d.slug === w.slug &&
          !linkedMethods.has(String(d.id)) &&
          (parent ? sameId(d.brand, parent.id) : idOf(d.brand) === null),
      )
      if (doc) found.set(w.key, doc as unknown as Doc)
    }
  }

  // As last saved: the newest version, a draft or the published one.
  const latestOf = async (collection: 'brands' | 'methods', ids: ID[]) => {
    if (!ids.length) return new Map<string, Doc>()
    const query = { draft: true, where: { id: { in: ids } }, ...local(req) } as const
    const { docs } =
      collection === 'methods'
        ? await payload.find({ collection, joins: false, ...query })
        : await payload.find({ collection, ...query })
    return new Map(docs.map((doc) => [String(doc.id), doc as unknown as Doc]))
  }
  const foundIds = (kind: 'brand' | 'method') =>
    wanted.filter((w) => w.kind === kind && found.has(w.key)).map((w) => found.get(w.key)!.id as ID)
  const latestBrands = await latestOf('brands', foundIds('brand'))
  const methodIds = foundIds('method')
  const latestMethods = await latestOf('methods', methodIds)
  const { docs: stepDocs } = methodIds.length
    ? await payload.find({
        collection: 'steps',
        where: { method: { in: methodIds } },
        sort: 'order',
        ...local(req),
      })
    : { docs: [] }

  for (const w of wanted) {
    const doc = found.get(w.key)
    if (!doc) continue
    const id = doc.id as ID
    const latest = (w.kind === 'brand' ? latestBrands : latestMethods).get(String(id)) ?? doc
    const steps =
      w.kind === 'method' ? (stepDocs.filter((s) => sameId(s.method, id)) as unknown as Doc[]) : []
    stored.set(w.key, { id, main: doc, latest, steps })
  }
  if (wanted.some((w) => w.kind === 'site')) {
    const site = (await payload.findGlobal({
      slug: 'site',
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as Doc
    // Never saved: nothing seeded it yet.
    if (site.updatedAt)
      for (const w of wanted)
        if (w.kind === 'site') stored.set(w.key, { id: null, main: site, latest: site, steps: [] })
  }

  // Every drawing, not only those the wanted items name: a stored step may still show one a new version drops.
  const illustrationIds = new Map<IllustrationKey, ID>()
  for (const key of ILLUSTRATION_KEYS) {
    const id = await illustrationMedia(payload, req, key, { create: false })
    if (id !== null) illustrationIds.set(key, id)
  }
  const illustrationKeyById = new Map([...illustrationIds].map(([key, id]) => [String(id), key]))

  const keyOf: KeyOf = (relationTo, value) => {
    const id = String(idOf(value))
    if (relationTo === 'brands' && brandKeyById.has(id)) return `brand:${brandKeyById.get(id)}`
    if (relationTo === 'media' && illustrationKeyById.has(id))
      return `illustration:${illustrationKeyById.get(id)}`
    return `${relationTo}:${id}`
  }
  return { schema, states, stored, brandIds, illustrationIds, keyOf }
}

/** The content versions a found item holds: as published and as last saved. */
export const storedHashes = (store: Store, kind: SeedItem['kind'], item: Stored) => ({
  main: contentHash(storedCanonical(store.schema, kind, item.main, item.steps, store.keyOf)),
  latest: contentHash(storedCanonical(store.schema, kind, item.latest, item.steps, store.keyOf)),
})
