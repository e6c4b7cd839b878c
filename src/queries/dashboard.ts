import type { Payload, Where } from 'payload'

import type { ID } from '@/lib/ids'

import { FEEDBACK_REASONS } from '../collections/Feedback/options'
import { checkedLongAgoWhere, neverCheckedWhere } from '../lib/freshness'

/**
 * The figures on the admin's home page. Everything is a count, a distinct
 * list of ids or a one-row lookup: the work grows with the number of brands
 * and methods that need attention, never with the number of cases or answers.
 */
export type Dashboard = {
  pending: number
  open: {
    total: number
    byBrand: { brand: { id: ID; name: string }; count: number; oldest: string }[]
  }
  answeredNotResolved: number
  failingMethods: {
    method: { id: ID; title: string; brand: string | null }
    count: number
    reasons: { reason: keyof typeof FEEDBACK_REASONS | 'none'; label: string; count: number }[]
    comments: string[]
  }[]
  brandsWithoutMethods: { total: number; brands: { id: ID; name: string }[]; withMethods: ID[] }
  /** The searches that found nothing, most frequent first (src/search/misses.ts counts them). */
  missedSearches: { id: ID; query: string; count: number; lastSeen: string }[]
  /** Published methods due for a check against their sources (src/lib/freshness.ts): never checked first, then the oldest. */
  staleMethods: { total: number; methods: StaleMethod[] }
}

export type StaleMethod = {
  id: ID
  title: string
  brand: string | null
  lastChecked: string | null
}

const DAY = 24 * 60 * 60 * 1000
export const FAILING_WINDOW_DAYS = 30
export const MISSED_SHOWN = 10
export const STALE_SHOWN = 20

/** The filters behind each figure; the admin links to its lists with the same ones. */
export const FILTERS: {
  pending: Where
  open: Where
  answeredNotResolved: Where
  failing: (since: Date) => Where
} = {
  pending: { and: [{ status: { equals: 'pending' } }, { parent: { exists: false } }] },
  open: {
    and: [
      { parent: { exists: false } },
      { caseState: { equals: 'open' } },
      { status: { in: ['pending', 'published'] } },
    ],
  },
  answeredNotResolved: {
    and: [
      { parent: { exists: false } },
      { caseState: { equals: 'answered' } },
      { status: { equals: 'published' } },
    ],
  },
  failing: (since: Date): Where => ({
    and: [
      { helpful: { equals: 'no' } },
      { createdAt: { greater_than_equal: since.toISOString() } },
    ],
  }),
}

const and = (...parts: Where[]): Where => ({ and: parts })
const local = { overrideAccess: true, depth: 0 } as const

export const getDashboard = async (
  payload: Payload,
  now = new Date(),
  top = 5,
): Promise<Dashboard> => {
  const since = new Date(now.getTime() - FAILING_WINDOW_DAYS * DAY)
  const [
    pending,
    answeredNotResolved,
    open,
    failingMethods,
    brandsWithoutMethods,
    missedSearches,
    staleMethods,
  ] = await Promise.all([
    payload
      .count({ collection: 'comments', where: FILTERS.pending, ...local })
      .then((r) => r.totalDocs),
    payload
      .count({ collection: 'comments', where: FILTERS.answeredNotResolved, ...local })
      .then((r) => r.totalDocs),
    openByBrand(payload),
    failing(payload, since, top),
    withoutMethods(payload),
    missed(payload, MISSED_SHOWN),
    stale(payload, now, STALE_SHOWN),
  ])
  return {
    pending,
    answeredNotResolved,
    open,
    failingMethods,
    brandsWithoutMethods,
    missedSearches,
    staleMethods,
  }
}

const openByBrand = async (payload: Payload): Promise<Dashboard['open']> => {
  const [{ values }, { totalDocs: total }] = await Promise.all([
    payload.findDistinct({
      collection: 'comments',
      field: 'brand',
      where: FILTERS.open,
      limit: 200,
      ...local,
    }),
    payload.count({ collection: 'comments', where: FILTERS.open, ...local }),
  ])
  const ids = values
    .map((v) => v.brand as unknown as ID)
    .filter((id) => id !== null && id !== undefined)
  if (ids.length === 0) return { total, byBrand: [] }
  const [brands, rows] = await Promise.all([
    payload.find({
      collection: 'brands',
      where: { id: { in: ids } },
      select: { name: true },
      limit: ids.length,
      pagination: false,
      draft: true,
      ...local,
    }),
    Promise.all(
      ids.map(async (brand) => {
        const where = and(FILTERS.open, { brand: { equals: brand } })
        const [{ totalDocs }, { docs }] = await Promise.all([
          payload.count({ collection: 'comments', where, ...local }),
          payload.find({
            collection: 'comments',
            where,
            sort: 'createdAt',
            limit: 1,
            pagination: false,
            select: { createdAt: true },
            ...local,
          }),
        ])
        return { brand, count: totalDocs, oldest: docs[0]?.createdAt ?? '' }
      }),
    ),
  ])
  const names = new Map(brands.docs.map((b) => [String(b.id), b.name]))
  const byBrand = rows
    .map(({ brand, ...row }) => ({
      brand: { id: brand, name: names.get(String(brand)) ?? `Brand ${brand}` },
      ...row,
    }))
    .sort((a, b) => a.oldest.localeCompare(b.oldest))
  return { total, byBrand }
}

const failing = async (
  payload: Payload,
  since: Date,
  top: number,
): Promise<Dashboard['failingMethods']> => {
  const window = FILTERS.failing(since)
  const { values } = await payload.findDistinct({
    collection: 'feedback',
    field: 'method',
    where: window,
    limit: 500,
    ...local,
  })
  const counted = await Promise.all(
    values.map(async (v) => {
      const method = v.method as unknown as ID
      const { totalDocs } = await payload.count({
        collection: 'feedback',
        where: and(window, { method: { equals: method } }),
        ...local,
      })
      return { method, count: totalDocs }
    }),
  )
  const worst = counted.sort((a, b) => b.count - a.count).slice(0, top)
  if (worst.length === 0) return []

  const methods = await payload.find({
    collection: 'methods',
    where: { id: { in: worst.map((w) => w.method) } },
    select: { title: true, brand: true },
    populate: { brands: { name: true } },
    depth: 1,
    limit: worst.length,
    pagination: false,
    draft: true,
    overrideAccess: true,
  })
  const byId = new Map(methods.docs.map((m) => [String(m.id), m]))
  const reasonKeys = [
    ...(Object.keys(FEEDBACK_REASONS) as (keyof typeof FEEDBACK_REASONS)[]),
    'none' as const,
  ]

  return Promise.all(
    worst.map(async ({ method, count }) => {
      const scope = and(window, { method: { equals: method } })
      const [reasonCounts, comments] = await Promise.all([
        Promise.all(
          reasonKeys.map(async (reason) => {
            const where = and(
              scope,
              reason === 'none' ? { reason: { exists: false } } : { reason: { equals: reason } },
            )
            const { totalDocs } = await payload.count({ collection: 'feedback', where, ...local })
            return {
              reason,
              label: reason === 'none' ? 'No reason given' : FEEDBACK_REASONS[reason],
              count: totalDocs,
            }
          }),
        ),
        payload.find({
          collection: 'feedback',
          where: and(scope, { comment: { exists: true } }, { comment: { not_equals: '' } }),
          sort: '-createdAt',
          limit: 3,
          pagination: false,
          select: { comment: true },
          ...local,
        }),
      ])
      const doc = byId.get(String(method))
      const brand = doc?.brand && typeof doc.brand === 'object' ? doc.brand.name : null
      return {
        method: { id: method, title: doc?.title ?? `Method ${method}`, brand },
        count,
        reasons: reasonCounts.filter((r) => r.count > 0).sort((a, b) => b.count - a.count),
        comments: comments.docs.map((d) => d.comment ?? '').filter(Boolean),
      }
    }),
  )
}

/** Brands whose readers only get the general methods: no published method of their own. */
const withoutMethods = async (payload: Payload): Promise<Dashboard['brandsWithoutMethods']> => {
  const { values } = await payload.findDistinct({
    collection: 'methods',
    field: 'brand',
    where: { and: [{ brand: { exists: true } }, { _status: { equals: 'published' } }] },
    limit: 10000,
    ...local,
  })
  const withMethods = values
    .map((v) => v.brand as unknown as ID)
    .filter((id) => id !== null && id !== undefined)
  const { docs, totalDocs } = await payload.find({
    collection: 'brands',
    where: withMethods.length ? { id: { not_in: withMethods } } : {},
    select: { name: true },
    sort: 'name',
    limit: 20,
    draft: true,
    ...local,
  })
  return { total: totalDocs, brands: docs.map((b) => ({ id: b.id, name: b.name })), withMethods }
}

/** One indexed, capped table: the top rows by count, the most recent first among equals. */
const missed = async (payload: Payload, top: number): Promise<Dashboard['missedSearches']> => {
  const { docs } = await payload.find({
    collection: 'search-misses',
    sort: ['-count', '-lastSeen'],
    limit: top,
    pagination: false,
    ...local,
  })
  return docs.map((d) => ({ id: d.id, query: d.query, count: d.count, lastSeen: d.lastSeen }))
}

/**
 * Methods due for a check, capped. Two queries rather than one sorted list, since
 * databases disagree on where an empty date sorts: the never-checked come first.
 */
export const stale = async (
  payload: Payload,
  now: Date,
  cap: number,
): Promise<Dashboard['staleMethods']> => {
  const read = (where: Where, sort: string, limit: number) =>
    payload.find({
      collection: 'methods',
      where,
      sort: [sort, 'title'],
      select: { title: true, brand: true, lastChecked: true },
      populate: { brands: { name: true } },
      depth: 1,
      limit,
      overrideAccess: true,
    })
  const never = await read(neverCheckedWhere, 'createdAt', cap)
  const old = await read(
    checkedLongAgoWhere(now),
    'lastChecked',
    Math.max(cap - never.docs.length, 1),
  )
  const methods = [...never.docs, ...old.docs].slice(0, cap).map((m) => ({
    id: m.id,
    title: m.title,
    brand: m.brand && typeof m.brand === 'object' ? m.brand.name : null,
    lastChecked: m.lastChecked ?? null,
  }))
  return { total: never.totalDocs + old.totalDocs, methods }
}
