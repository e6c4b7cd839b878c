/**
 * The admin's side of a flagged seeded item (a brand or method editors changed
 * while a newer version shipped):
 *   GET  /api/methods/:id/seed-update        { pending, changes } — what differs, in words
 *   POST /api/methods/:id/seed-update        take the new version (the document becomes it)
 *   POST /api/methods/:id/seed-update/keep   keep mine: not offered again until a newer version ships
 * The same under /api/brands/:id/… and /api/globals/site/…. Only those who may
 * update the document may use them; taking it writes as that person.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { reply } from '@/api/reply'
import { inTransaction } from '@/db/inTransaction'
import type { ID } from '@/lib/ids'

import { compareItem } from './compare'
import { itemsOf, referencesOf, type SeedItem, shippedHash } from './items'
import { shippedContent } from './shipped'
import { saveState, stateOfDocument } from './state'
import { loadStore, type Store, type Stored, wantedOf } from './store'
import { statusOf } from './versions'
import { writeItem } from './write'

type Target = 'brands' | 'methods' | 'site'

// How messages name the document: “this method”, “the site settings”.
const NOUN: Record<Target, string> = {
  brands: 'this brand',
  methods: 'this method',
  site: 'the site settings',
}
const SEEDED: Record<Target, string> = {
  brands: 'this seeded brand',
  methods: 'this seeded method',
  site: 'the seeded site settings',
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const mayUpdate = async (req: PayloadRequest, target: Target, id: ID | null): Promise<boolean> => {
  if (!req.user) return false
  if (target === 'site') {
    const access = req.payload.config.globals.find((g) => g.slug === 'site')?.access.update
    return Boolean(access && (await access({ req })))
  }
  // Generated types name SQLite’s numeric ids; the value itself may be either kind.
  const result = await req.payload.collections[target].config.access.update({
    req,
    id: (id ?? undefined) as number | undefined,
  })
  if (typeof result !== 'object') return Boolean(result)
  const { totalDocs } = await req.payload.count({
    collection: target,
    where: { and: [{ id: { equals: id } }, result] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

type Found =
  | { kind: 'answer'; answer: Response }
  | { kind: 'none'; noun: string; target: Target }
  | { kind: 'pending'; noun: string; target: Target; item: SeedItem; store: Store; stored: Stored }

/** The document's flagged item, once the request may act on it; or the answer to give instead. */
const pending = async (req: PayloadRequest, target: Target): Promise<Found> => {
  const noun = NOUN[target]
  const id = target === 'site' ? null : ((req.routeParams?.id as ID | undefined) ?? null)
  if (!(await mayUpdate(req, target, id))) {
    return {
      kind: 'answer',
      answer: reply(
        403,
        `Only someone who may edit ${noun} can compare or take a new seeded version of it. Log in to the admin as an editor.`,
      ),
    }
  }
  if (target !== 'site') {
    const doc =
      id === null
        ? null
        : await req.payload.findByID({
            collection: target,
            id,
            depth: 0,
            draft: true,
            overrideAccess: true,
            req,
            disableErrors: true,
          })
    if (!doc)
      return {
        kind: 'answer',
        answer: reply(404, `No ${target === 'brands' ? 'brand' : 'method'} with this id.`),
      }
  }
  const state = await stateOfDocument(
    req.payload,
    req,
    target === 'site' ? { global: 'site' } : { collection: target, id: id as ID },
  )
  const item = state?.available
    ? itemsOf(shippedContent()).find((i) => i.key === state.key)
    : undefined
  if (!state || !item) return { kind: 'none', noun, target }
  const store = await loadStore(req.payload, req, [wantedOf(item)], referencesOf(item))
  const stored = store.stored.get(item.key)
  if (!stored || (target !== 'site' && String(stored.id) !== String(id)))
    return { kind: 'none', noun, target }
  return { kind: 'pending', item, store, stored, noun, target }
}

const failure = (error: unknown) => {
  const status =
    typeof (error as { status?: unknown })?.status === 'number'
      ? (error as { status: number }).status
      : 500
  const message = error instanceof Error ? error.message : 'The new version could not be written.'
  return reply(status, message)
}

export const seedUpdateEndpoints = (target: Target): Endpoint[] => {
  const base = target === 'site' ? '/seed-update' : '/:id/seed-update'
  return [
    {
      path: base,
      method: 'get',
      handler: async (req) => {
        const found = await pending(req, target)
        if (found.kind === 'answer') return found.answer
        if (found.kind === 'none')
          return reply(200, `No newer seeded version of ${found.noun} is waiting.`, {
            pending: false,
          })
        return reply(200, `A newer version of ${SEEDED[target]} is available.`, {
          pending: true,
          ...compareItem(found.store, found.item, found.stored),
        })
      },
    },
    {
      path: base,
      method: 'post',
      handler: async (req) => {
        const found = await pending(req, target)
        if (found.kind === 'answer') return found.answer
        if (found.kind === 'none')
          return reply(409, `Nothing to take: no newer seeded version of ${found.noun} is waiting.`)
        const { item, store, stored, noun } = found
        try {
          await inTransaction(req, async () => {
            await writeItem(
              {
                payload: req.payload,
                req,
                store,
                access: { overrideAccess: false, user: req.user },
              },
              item,
              stored,
              statusOf(stored.main),
            )
            await saveState(req.payload, req, store, item, stored.id, {
              version: shippedHash(store.schema, item),
              available: null,
              declined: null,
            })
          })
        } catch (error) {
          return failure(error)
        }
        return reply(
          200,
          `${capital(noun)} now ${target === 'site' ? 'hold' : 'holds'} the new seeded version.${target === 'site' ? '' : ' The earlier content stays in the version history.'}`,
          { pending: false },
        )
      },
    },
    {
      path: `${base}/keep`,
      method: 'post',
      handler: async (req) => {
        const found = await pending(req, target)
        if (found.kind === 'answer') return found.answer
        if (found.kind === 'none')
          return reply(409, `Nothing to keep: no newer seeded version of ${found.noun} is waiting.`)
        const { item, store, stored, noun } = found
        const declined = store.states.get(item.key)?.available ?? null
        await saveState(req.payload, req, store, item, stored.id, { available: null, declined })
        return reply(
          200,
          `Kept ${noun} as ${target === 'site' ? 'they are' : 'it is'}. A newer seeded version will be offered when one ships.`,
          { pending: false },
        )
      },
    },
  ]
}
