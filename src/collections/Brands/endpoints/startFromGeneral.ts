import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { isEditor } from '@/access'
import { reply } from '@/api/reply'
import { inTransaction } from '@/db/inTransaction'
import type { ID } from '@/lib/ids'
import { idOf } from '@/lib/ids'
import type { Method } from '@/payload-types'
import { RedisUnavailable, withLock } from '@/shared/lock'
import { noteWithoutRedis } from '@/shared/redis.mjs'

export type StartResult = {
  created: { id: ID; title: string }[]
  skipped: { title: string; reason: string }[]
}

// A second click while the first copy is still running waits for it instead of copying again.
const running = new Map<string, Promise<StartResult>>()

/**
 * Copies the published general methods, with their steps, into draft methods
 * of one brand, each remembering the general method it came from (`basedOn`),
 * so that repeating it copies only what is still missing.
 */
export const copyGeneralGuide = async (req: PayloadRequest, brandId: ID): Promise<StartResult> => {
  const key = String(brandId)
  const pending = running.get(key)
  if (pending) return pending.then(() => copyGeneralGuide(req, brandId))
  const work = copyGeneralGuideOnce(req, brandId).finally(() => running.delete(key))
  running.set(key, work)
  return work
}

/** Longer than any copy takes: the lock outlives a holder that died only this long. */
const COPY_LOCK_MS = 30_000

/**
 * The same across instances: with Redis, one lock per brand, held until the
 * copy is committed, so a click on another instance waits and then finds
 * everything copied. Without Redis, one process: the map above is enough.
 */
export const copyGeneralGuideOnce = async (
  req: PayloadRequest,
  brandId: ID,
): Promise<StartResult> => {
  try {
    const outcome = await withLock(
      `start-from-general:${brandId}`,
      { ttlMs: COPY_LOCK_MS, waitMs: COPY_LOCK_MS + 5000 },
      () => inTransaction(req, () => copy(req, brandId)),
    )
    if (outcome.ran) return outcome.value
  } catch (error) {
    if (!(error instanceof RedisUnavailable)) throw error
    noteWithoutRedis(
      'start from general',
      '"Start from the general guide" answers "try again" until Redis is back (another instance could be copying the same brand).',
    )
  }
  throw new APIError(
    'The general guide could not be copied just now: please try again in a moment.',
    503,
    undefined,
    true,
  )
}

const copy = async (req: PayloadRequest, brandId: ID): Promise<StartResult> => {
  const { payload } = req
  const [general, own] = await Promise.all([
    payload.find({
      collection: 'methods',
      where: { and: [{ brand: { exists: false } }, { _status: { equals: 'published' } }] },
      sort: 'order',
      depth: 0,
      limit: 100,
      pagination: false,
      overrideAccess: true,
      req,
    }),
    payload.find({
      collection: 'methods',
      where: { brand: { equals: brandId } },
      select: { slug: true, basedOn: true },
      depth: 0,
      limit: 1000,
      pagination: false,
      overrideAccess: true,
      req,
    }),
  ])
  const copied = new Set(own.docs.map((m) => String(idOf(m.basedOn))))
  const slugs = new Set(own.docs.map((m) => m.slug))
  const result: StartResult = { created: [], skipped: [] }

  for (const source of general.docs) {
    if (copied.has(String(source.id))) {
      result.skipped.push({ title: source.title, reason: 'already copied' })
      continue
    }
    if (slugs.has(source.slug)) {
      result.skipped.push({
        title: source.title,
        reason: `this brand already has a method at /${source.slug}`,
      })
      continue
    }
    const created = await payload.create({
      collection: 'methods',
      draft: true,
      data: {
        ...methodFields(source),
        brand: brandId as Method['brand'],
        basedOn: source.id,
        _status: 'draft',
      },
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })
    const { docs: steps } = await payload.find({
      collection: 'steps',
      where: { method: { equals: source.id } },
      sort: 'order',
      depth: 0,
      limit: 1000,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const step of steps) {
      await payload.create({
        collection: 'steps',
        data: {
          method: created.id,
          order: step.order,
          title: step.title,
          body: step.body,
          image: step.image,
          callouts: (step.callouts ?? []).map(({ kind, text }) => ({ kind, text })),
        },
        depth: 0,
        user: req.user,
        overrideAccess: false,
        req,
      })
    }
    result.created.push({ id: created.id, title: created.title })
  }
  return result
}

/**
 * The fields an editor adapts; ids, timestamps and publishing state are the copy's own,
 * and so is the day it was last checked: nobody has checked it for this brand yet.
 */
const methodFields = (m: Method) => ({
  title: m.title,
  slug: m.slug,
  kind: m.kind,
  order: m.order,
  summary: m.summary,
  requirements: m.requirements,
  dataLoss: m.dataLoss,
  estimatedTime: m.estimatedTime,
  validity: m.validity,
  lockout: m.lockout,
  appliesTo: m.appliesTo,
  sources: (m.sources ?? []).map(({ title, url, page, publisher }) => ({
    title,
    url,
    page,
    publisher,
  })),
})

/** POST /api/brands/:id/start-from-general: the admin's "Start from the general guide". */
export const startFromGeneral: Endpoint = {
  path: '/:id/start-from-general',
  method: 'post',
  handler: async (req) => {
    if (!isEditor(req.user))
      return reply(403, 'Log in to the admin as an editor to start a brand guide.')
    const id = req.routeParams?.id as ID | undefined
    const brand =
      id === undefined
        ? null
        : await req.payload.findByID({
            collection: 'brands',
            id,
            depth: 0,
            draft: true,
            overrideAccess: false,
            user: req.user,
            req,
            disableErrors: true,
          })
    if (!brand)
      return reply(
        404,
        'No brand with this id. Save the brand first, then start from the general guide.',
      )

    const result = await copyGeneralGuide(req, brand.id)
    // A brand just named in the admin may not be autosaved yet.
    const name = brand.name || 'this brand'
    const message = result.created.length
      ? `Copied ${result.created.length} general method${result.created.length === 1 ? '' : 's'} as drafts of ${name}. Adapt them, then publish each one.`
      : `Nothing to copy: ${name} already has every general method.`
    return reply(200, message, result)
  },
}
