/**
 * The seed: real guides for the general article and at least Hikvision, Dahua
 * and Uniview; idempotent; never overwrites or deletes editors' work.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { createLocalReq } from 'payload'

import { validateUrl } from '@/lib/validators'

import { seed } from '../../src/seed/run'
import { itemsOf, shippedHash } from '../../src/seed/version/items'
import { shippedContent } from '../../src/seed/version/shipped'
import { loadStore, storedHashes, wantedOf } from '../../src/seed/version/store'
import { startPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
const local = { overrideAccess: true } as const

const counts = async () => {
  const out: Record<string, number> = {}
  for (const collection of ['brands', 'methods', 'steps', 'media'] as const) {
    out[collection] = (await ctx.payload.count({ collection, ...local })).totalDocs
  }
  return out
}

beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(async () => ctx?.close())

test('the first run creates the guides', async () => {
  const report = await seed(ctx.payload)
  expect(report.site).toBe(true)
  expect(report.brands).toBeGreaterThanOrEqual(3)

  const brands = await ctx.payload.find({ collection: 'brands', ...local, limit: 100, depth: 1 })
  const slugs = brands.docs.map((b) => b.slug)
  expect(slugs).toEqual(expect.arrayContaining(['hikvision', 'dahua', 'uniview']))
  for (const brand of brands.docs) {
    expect(brand._status).toBe('published')
    const logo = brand.logo as { mimeType: string; sizes: { thumbnail: { width: number } } }
    expect(logo.mimeType).toBe('image/png')
    expect(logo.sizes.thumbnail.width).toBe(160)
  }

  const general = await ctx.payload.find({
    collection: 'methods',
    ...local,
    where: { brand: { exists: false } },
    sort: 'order',
  })
  expect(general.docs.map((m) => m.kind)).toEqual([
    'menu',
    'security-questions',
    'support-code',
    'reset-button',
  ])
  expect(general.docs.find((m) => m.kind === 'reset-button')?.dataLoss).toBe('settings')

  const site = await ctx.payload.findGlobal({ slug: 'site', ...local })
  expect(site.beforeYouStart?.length).toBeGreaterThanOrEqual(3)
  expect(site.preventionTips?.length).toBeGreaterThanOrEqual(3)
})

test('every seeded method has ordered steps, and every source link is a web address', async () => {
  const methods = await ctx.payload.find({ collection: 'methods', ...local, limit: 500, depth: 0 })
  for (const method of methods.docs) {
    const steps = await ctx.payload.find({
      collection: 'steps',
      ...local,
      where: { method: { equals: method.id } },
      sort: 'order',
      limit: 100,
    })
    expect(steps.docs.length).toBeGreaterThan(0)
    expect(steps.docs.map((s) => s.order)).toEqual(steps.docs.map((_, i) => i + 1))
    for (const source of method.sources ?? []) expect(validateUrl(source.url)).toBe(true)
  }
})

test('Hikvision and Dahua carry their real methods and validity windows', async () => {
  const find = async (brandSlug: string) => {
    const [brand] = (
      await ctx.payload.find({
        collection: 'brands',
        ...local,
        where: { slug: { equals: brandSlug } },
      })
    ).docs
    return (
      await ctx.payload.find({
        collection: 'methods',
        ...local,
        where: { brand: { equals: brand.id } },
        limit: 50,
      })
    ).docs
  }
  const hik = await find('hikvision')
  expect(hik.map((m) => m.kind)).toEqual(
    expect.arrayContaining(['key-file', 'security-questions', 'reserved-email', 'support-code']),
  )
  expect(hik.find((m) => m.kind === 'reserved-email')?.validity).toMatch(/48 hours/)
  const dahua = await find('dahua')
  expect(dahua.find((m) => m.kind === 'app-qr')?.validity).toMatch(/24 hours/)
  expect(dahua.find((m) => m.kind === 'reset-button')?.dataLoss).toBe('settings')
  // Uniview has no sourced procedure of its own: readers get the general methods.
  expect(await find('uniview')).toHaveLength(0)
})

const versionCounts = async () => ({
  brands: (await ctx.payload.countVersions({ collection: 'brands', ...local })).totalDocs,
  methods: (await ctx.payload.countVersions({ collection: 'methods', ...local })).totalDocs,
  site: (await ctx.payload.findGlobal({ slug: 'site', ...local })).updatedAt,
  state: (
    await ctx.payload.find({ collection: 'seed-state', ...local, limit: 1, sort: '-updatedAt' })
  ).docs[0]?.updatedAt,
})

const nothingDone = {
  brands: 0,
  methods: 0,
  steps: 0,
  media: 0,
  site: false,
  upgraded: { brand: 0, method: 0, site: 0 },
  flagged: { brand: 0, method: 0, site: 0 },
  notCreated: 0,
  failed: [],
}

test('a fresh seed records the version of every item, flags nothing, and a second run writes nothing', async () => {
  const state = await ctx.payload.find({ collection: 'seed-state', ...local, limit: 500 })
  const items = itemsOf(shippedContent())
  expect(state.docs.map((row) => row.key).sort()).toEqual(items.map((item) => item.key).sort())
  expect(state.docs.filter((row) => row.available)).toEqual([])
  // Each document hashes as the seed data it was made from: the next release can tell it was not edited.
  const store = await loadStore(
    ctx.payload,
    await createLocalReq({}, ctx.payload),
    items.map(wantedOf),
  )
  for (const item of items) {
    const shipped = shippedHash(store.schema, item)
    expect({
      key: item.key,
      ...storedHashes(store, item.kind, store.stored.get(item.key)!),
    }).toEqual({ key: item.key, main: shipped, latest: shipped })
  }

  const before = { counts: await counts(), versions: await versionCounts() }
  expect(await seed(ctx.payload)).toEqual(nothingDone)
  expect(await seed(ctx.payload, { createMissing: false })).toEqual(nothingDone)
  expect({ counts: await counts(), versions: await versionCounts() }).toEqual(before)
})

test('a second run creates nothing and keeps editors’ work', async () => {
  // An editor's changes: a summary rewritten, a step deleted, the site renamed.
  const [hik] = (
    await ctx.payload.find({
      collection: 'brands',
      ...local,
      where: { slug: { equals: 'hikvision' } },
    })
  ).docs
  await ctx.payload.update({
    collection: 'brands',
    id: hik.id,
    ...local,
    data: { summary: 'Edited by an editor' },
  })
  const [method] = (
    await ctx.payload.find({
      collection: 'methods',
      ...local,
      where: { brand: { equals: hik.id } },
      limit: 1,
    })
  ).docs
  const [firstStep] = (
    await ctx.payload.find({
      collection: 'steps',
      ...local,
      where: { method: { equals: method.id } },
      sort: 'order',
      limit: 1,
    })
  ).docs
  await ctx.payload.delete({ collection: 'steps', id: firstStep.id, ...local })
  await ctx.payload.updateGlobal({ slug: 'site', ...local, data: { name: 'Edited name' } })
  const [general] = (
    await ctx.payload.find({
      collection: 'methods',
      ...local,
      where: { brand: { exists: false } },
      sort: '-order',
      limit: 1,
    })
  ).docs
  await ctx.payload.delete({ collection: 'methods', id: general.id, ...local })

  const before = await counts()
  // Nothing newer ships for them, so nothing is offered either.
  expect(await seed(ctx.payload)).toEqual(nothingDone)
  expect(await counts()).toEqual(before)

  expect((await ctx.payload.findByID({ collection: 'brands', id: hik.id, ...local })).summary).toBe(
    'Edited by an editor',
  )
  expect(
    (
      await ctx.payload.count({
        collection: 'steps',
        ...local,
        where: { id: { equals: firstStep.id } },
      })
    ).totalDocs,
  ).toBe(0)
  expect((await ctx.payload.findGlobal({ slug: 'site', ...local })).name).toBe('Edited name')
  // A seeded method editors deleted stays deleted.
  expect(
    (
      await ctx.payload.count({
        collection: 'methods',
        ...local,
        where: { slug: { equals: general.slug }, brand: { exists: false } },
      })
    ).totalDocs,
  ).toBe(0)
})
