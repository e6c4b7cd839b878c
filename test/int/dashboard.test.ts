/** The support dashboard's figures, for a known set of cases and answers, checked against the data itself. */
import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { getDashboard } from '../../src/queries/dashboard'
import { publishedMethod, startApi } from '../helpers/fixtures'
import type { TestContext } from '../helpers/payload'

let ctx: TestContext
let content: Awaited<ReturnType<typeof startApi>>['content']
const local = { overrideAccess: true } as const
const ids: Record<string, number | string> = {}
let n = 0

beforeAll(async () => {
  ;({ ctx, content } = await startApi())
  const brand = async (name: string) =>
    (ids[name] = (
      await ctx.payload.create({
        collection: 'brands',
        ...local,
        data: { name, slug: name.toLowerCase(), _status: 'published' },
      })
    ).id)
  await Promise.all(['Alpha', 'Beta', 'Gamma', 'Delta'].map(brand))
  // Delta has a method of its own, but only a draft: its readers still see the general methods only.
  await ctx.payload.create({
    collection: 'methods',
    ...local,
    data: {
      title: 'Draft',
      slug: 'draft',
      brand: ids.Delta,
      kind: 'menu',
      dataLoss: 'none',
      _status: 'draft',
    } as never,
  })

  const kase = async (
    brandName: string,
    status: string,
    caseState: string,
    parent?: number | string,
  ) =>
    ctx.payload.create({
      collection: 'comments',
      ...local,
      data: {
        brand: ids[brandName] ?? content.brand.id,
        authorName: 'Reader',
        body: `Case number ${++n}: the recorder still asks for a password.`,
        status,
        caseState,
        ...(parent ? { parent } : {}),
      } as never,
    })
  const oldestAlpha = await kase('Alpha', 'published', 'open')
  await new Promise((resolve) => setTimeout(resolve, 20))
  await kase('Alpha', 'published', 'open')
  await kase('Alpha', 'pending', 'open')
  await kase('Beta', 'published', 'open')
  await kase('Beta', 'published', 'answered')
  await kase('Beta', 'published', 'resolved')
  await kase('Beta', 'spam', 'open')
  await kase('Beta', 'rejected', 'open')
  // A staff reply is not a case.
  await kase('Alpha', 'published', 'open', oldestAlpha.id)
  ids.oldestAlpha = oldestAlpha.id

  const other = (
    await publishedMethod(ctx.payload, {
      title: 'Other',
      slug: 'other',
      brand: ids.Beta,
      kind: 'menu',
      dataLoss: 'none',
    })
  ).method
  ids.other = other.id
  const answer = (
    method: number | string,
    helpful: 'yes' | 'no',
    reason?: string,
    comment?: string,
  ) =>
    ctx.payload.create({
      collection: 'feedback',
      ...local,
      data: {
        method,
        helpful,
        ...(reason ? { reason } : {}),
        ...(comment ? { comment } : {}),
      } as never,
    })
  await answer(content.method.id, 'no', 'step-mismatch')
  await answer(content.method.id, 'no', 'step-mismatch', 'The menu looks different on 4.x')
  await answer(content.method.id, 'no', 'other')
  await answer(content.method.id, 'yes')
  await answer(other.id, 'no')
})
afterAll(async () => ctx?.close())

test('the figures match a known set of cases, answers and brands', async () => {
  const d = await getDashboard(ctx.payload)
  expect(d.pending).toBe(1)
  expect(d.answeredNotResolved).toBe(1)
  expect(d.open.total).toBe(4)
  expect(d.open.byBrand.map((r) => [r.brand.name, r.count])).toEqual([
    ['Alpha', 3],
    ['Beta', 1],
  ])
  const oldest = await ctx.payload.findByID({
    collection: 'comments',
    id: ids.oldestAlpha,
    ...local,
  })
  expect(d.open.byBrand[0].oldest).toBe(oldest.createdAt)

  expect(d.failingMethods.map((m) => [m.method.title, m.count])).toEqual([
    ['Reset button', 3],
    ['Other', 1],
  ])
  expect(d.failingMethods[0].reasons).toEqual([
    { reason: 'step-mismatch', label: 'A step didn’t match my screen', count: 2 },
    { reason: 'other', label: 'Other', count: 1 },
  ])
  expect(d.failingMethods[0].comments).toEqual(['The menu looks different on 4.x'])
  expect(d.failingMethods[1].reasons).toEqual([
    { reason: 'none', label: 'No reason given', count: 1 },
  ])
  expect(d.failingMethods[1].method.brand).toBe('Beta')

  expect(d.brandsWithoutMethods.brands.map((b) => b.name)).toEqual(['Alpha', 'Delta', 'Gamma'])
  expect(d.brandsWithoutMethods.total).toBe(3)
})

test('the same figures counted from every document agree', async () => {
  const d = await getDashboard(ctx.payload)
  const { docs: comments } = await ctx.payload.find({
    collection: 'comments',
    ...local,
    depth: 0,
    pagination: false,
  })
  const cases = comments.filter((c) => !c.parent)
  const open = cases.filter(
    (c) => c.caseState === 'open' && (c.status === 'pending' || c.status === 'published'),
  )
  expect(d.pending).toBe(cases.filter((c) => c.status === 'pending').length)
  expect(d.answeredNotResolved).toBe(
    cases.filter((c) => c.caseState === 'answered' && c.status === 'published').length,
  )
  expect(d.open.total).toBe(open.length)
  for (const row of d.open.byBrand) {
    const mine = open.filter((c) => String(c.brand) === String(row.brand.id))
    expect(row.count).toBe(mine.length)
    expect(row.oldest).toBe(mine.map((c) => c.createdAt).sort()[0])
  }
  const { docs: answers } = await ctx.payload.find({
    collection: 'feedback',
    ...local,
    depth: 0,
    pagination: false,
  })
  for (const row of d.failingMethods) {
    expect(row.count).toBe(
      answers.filter((a) => a.helpful === 'no' && String(a.method) === String(row.method.id))
        .length,
    )
  }
})

test('"didn\'t work" answers older than 30 days drop out', async () => {
  const later = new Date(Date.now() + 31 * 24 * 60 * 60 * 1000)
  expect((await getDashboard(ctx.payload, later)).failingMethods).toEqual([])
})

test('a brand leaves the list once it has a published method of its own', async () => {
  await publishedMethod(ctx.payload, {
    title: 'Own',
    slug: 'own',
    brand: ids.Gamma,
    kind: 'menu',
    dataLoss: 'none',
  })
  const d = await getDashboard(ctx.payload)
  expect(d.brandsWithoutMethods.brands.map((b) => b.name)).toEqual(['Alpha', 'Delta'])
})

test('the searches that found nothing, most frequent first, as counted by the search page', async () => {
  const { recordMiss } = await import('../../src/search')
  for (const [query, times] of [
    ['zylofon recorder', 3],
    ['qqqq', 1],
    ['annke nvr', 5],
  ] as const) {
    for (let i = 0; i < times; i++) await recordMiss(ctx.payload, query)
  }
  const d = await getDashboard(ctx.payload)
  expect(d.missedSearches.map((m) => [m.query, m.count])).toEqual([
    ['annke nvr', 5],
    ['zylofon recorder', 3],
    ['qqqq', 1],
  ])
})
