/** The dashboard's "Methods not checked for a year", through the Local API. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { CHECK_AGAIN_AFTER_DAYS, isStale, staleWhere } from '../../src/lib/freshness'
import { getDashboard, stale } from '../../src/queries/dashboard'
import { publishedMethod } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
const local = { overrideAccess: true } as const
const DAY = 24 * 60 * 60 * 1000
const now = new Date('2027-06-01T09:00:00.000Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY).toISOString()
const ids: Record<string, number | string> = {}

beforeAll(async () => {
  ctx = await startPayload()
  const brand = await ctx.payload.create({
    collection: 'brands',
    ...local,
    data: { name: 'Acme', slug: 'acme', _status: 'published' },
  })
  const make = async (
    key: string,
    lastChecked: string | null,
    extra: Record<string, unknown> = {},
  ) => {
    const { method } = await publishedMethod(ctx.payload, {
      title: `Method ${key}`,
      slug: key,
      brand: brand.id,
      kind: 'menu',
      dataLoss: 'none',
      lastChecked,
      ...extra,
    })
    ids[key] = method.id
  }
  await make('fresh', daysAgo(10))
  await make('almost-a-year', daysAgo(CHECK_AGAIN_AFTER_DAYS - 1))
  await make('old', daysAgo(400))
  await make('older', daysAgo(800))
  await make('never', null)
  await make('general-old', daysAgo(500), { brand: null, slug: 'general-old' })
  // A draft is not on the site: nobody needs to check it yet.
  const draft = await ctx.payload.create({
    collection: 'methods',
    ...local,
    data: {
      title: 'Method draft',
      slug: 'draft',
      brand: brand.id,
      kind: 'menu',
      dataLoss: 'none',
      lastChecked: daysAgo(900),
      _status: 'draft',
    } as never,
  })
  ids.draft = draft.id
})
afterAll(async () => ctx?.close())

describe('the one-year rule', () => {
  test('never checked, or checked more than a year ago', () => {
    expect(isStale(null, now)).toBe(true)
    expect(isStale(daysAgo(CHECK_AGAIN_AFTER_DAYS + 1), now)).toBe(true)
    expect(isStale(daysAgo(CHECK_AGAIN_AFTER_DAYS - 1), now)).toBe(false)
    expect(isStale(daysAgo(10), now)).toBe(false)
  })
})

describe('methods not checked for a year', () => {
  test('published ones only, never-checked first, then the oldest, with brand, title and date', async () => {
    const { staleMethods } = await getDashboard(ctx.payload, now)
    expect(staleMethods.methods.map((m) => m.id)).toEqual([
      ids.never,
      ids.older,
      ids['general-old'],
      ids.old,
    ])
    expect(staleMethods.total).toBe(4)
    expect(staleMethods.methods[0]).toEqual({
      id: ids.never,
      title: 'Method never',
      brand: 'Acme',
      lastChecked: null,
    })
    expect(staleMethods.methods[1]).toEqual({
      id: ids.older,
      title: 'Method older',
      brand: 'Acme',
      lastChecked: daysAgo(800),
    })
    expect(staleMethods.methods[2].brand).toBeNull()
  })

  test('a fresh method, one checked just under a year ago, and a draft are not listed', async () => {
    const listed = (await getDashboard(ctx.payload, now)).staleMethods.methods.map((m) => m.id)
    for (const key of ['fresh', 'almost-a-year', 'draft']) expect(listed).not.toContain(ids[key])
  })

  test('a year later, the fresh ones are due too', async () => {
    const later = new Date(now.getTime() + CHECK_AGAIN_AFTER_DAYS * DAY)
    const listed = (await getDashboard(ctx.payload, later)).staleMethods.methods.map((m) => m.id)
    expect(listed).toEqual(expect.arrayContaining([ids.fresh, ids['almost-a-year']]))
    expect(listed).not.toContain(ids.draft)
  })

  test('capped, with the count of the rest', async () => {
    const capped = await stale(ctx.payload, now, 2)
    expect(capped.methods.map((m) => m.id)).toEqual([ids.never, ids.older])
    expect(capped.total).toBe(4)
  })

  test('checking a method takes it off the list', async () => {
    await ctx.payload.update({
      collection: 'methods',
      id: ids.old,
      ...local,
      data: { lastChecked: daysAgo(1) },
    })
    const { staleMethods } = await getDashboard(ctx.payload, now)
    expect(staleMethods.methods.map((m) => m.id)).not.toContain(ids.old)
    expect(staleMethods.total).toBe(3)
  })

  test('an editor’s pending draft of a published method leaves the published one listed', async () => {
    await ctx.payload.update({
      collection: 'methods',
      id: ids.older,
      ...local,
      draft: true,
      data: { title: 'Method older, being rewritten' },
    })
    const { staleMethods } = await getDashboard(ctx.payload, now)
    expect(staleMethods.methods.find((m) => m.id === ids.older)?.title).toBe('Method older')
  })

  test('the admin list behind “more” holds the same methods', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'methods',
      ...local,
      where: staleWhere(now),
      limit: 100,
      depth: 0,
    })
    const { staleMethods } = await getDashboard(ctx.payload, now)
    expect(docs.map((d) => d.id).sort()).toEqual(staleMethods.methods.map((m) => m.id).sort())
  })
})
