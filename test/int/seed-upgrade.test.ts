/**
 * Corrections reach sites already running: on a database seeded by the previous
 * release (test/fixtures/seeded-4021877.sqlite.gz), migrated to the current
 * schema, a new release's seed brings the items editors left alone to the new
 * version and flags the ones they changed, for them to compare and take or keep.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import Database from 'libsql'
import { createLocalReq } from 'payload'

import { shippedBefore } from '../../src/seed/history'
import release from '../../src/seed/history/4021877'
import { hashesInDatabase } from '../../src/seed/history/hashes'
import { paragraphs } from '../../src/seed/richText'
import { describeReport, seed, type SeedReport } from '../../src/seed/run'
import {
  itemsOf,
  type MethodItem,
  type SeedContent,
  type SeedItem,
  shippedHash,
} from '../../src/seed/version/items'
import { shipContent, shippedContent } from '../../src/seed/version/shipped'
import { loadStore, storedHashes, wantedOf } from '../../src/seed/version/store'
import { createStaff } from '../helpers/fixtures'
import type { TestContext } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

let ctx: TestContext
let api: RestClient
let tokens: Awaited<ReturnType<typeof createStaff>>['tokens']
const local = { overrideAccess: true } as const
const root = path.resolve(import.meta.dirname, '../..')
const fixture = path.join(root, release.fixture)

const unpack = (file: string) => fs.writeFileSync(file, zlib.gunzipSync(fs.readFileSync(fixture)))

beforeAll(async () => {
  // The previous release's database in place of this file's empty one; startPayload migrates it.
  unpack(process.env.DATABASE_URI!.slice('file:'.length))
  const { startPayload } = await import('../helpers/payload')
  const { restClient } = await import('../helpers/rest')
  ctx = await startPayload()
  api = restClient()
  ;({ tokens } = await createStaff(ctx.payload, api))
})
afterAll(async () => {
  shipContent()
  await ctx?.close()
})

// Items the previous release seeded that this one still ships, to play a new release's corrections on.
const release1 = shippedContent()
const common = itemsOf(release1).filter((item) => shippedBefore(item.key).length > 0)
const methodsWithSteps = common.filter(
  (item): item is MethodItem => item.kind === 'method' && item.method.steps.length >= 3,
)
const brandKeys = common.filter((item) => item.kind === 'brand').map((item) => item.key)
const [untouched, edited, drafted, unpublished] = methodsWithSteps.map((item) => item.key)
const [untouchedBrand, editedBrand] = brandKeys

/** A new release: this one's content with corrections made to it. */
const release2 = (change: (find: (key: string) => SeedItem) => void): SeedContent => {
  const content = structuredClone(release1)
  const items = itemsOf(content)
  change((key) => items.find((item) => item.key === key)!)
  return content
}
const method = (item: SeedItem) => (item as MethodItem).method

const next = release2((find) => {
  const u = method(find(untouched))
  u.summary = `${u.summary} Corrected.`
  u.steps[0].title = `${u.steps[0].title} (corrected)`
  u.steps.splice(1, 0, {
    title: 'A step the new version adds',
    body: ['Check the date shown on the recorder first.'],
  })
  u.steps.pop()
  method(find(edited)).summary = 'The corrected summary of the edited method.'
  method(find(drafted)).validity = 'Corrected: the code is valid for 48 hours.'
  method(find(unpublished)).steps[0].body = ['The corrected first step.']
  const brand = (find(untouchedBrand) as Extract<SeedItem, { kind: 'brand' }>).brand
  brand.summary = 'The corrected brand summary.'
  // A value the new version no longer has goes from the document too.
  const support = brand.support as Record<string, string | undefined>
  delete support[Object.keys(support)[0]]
  ;(find(editedBrand) as Extract<SeedItem, { kind: 'brand' }>).brand.summary =
    'Another corrected brand summary.'
  ;(find('site') as Extract<SeedItem, { kind: 'site' }>).site.tagline = 'The corrected tagline.'
})
/** A release's upgrade at start: what it ships is what the admin's endpoints offer too. */
const upgrade = (content: SeedContent) => {
  shipContent(content)
  return seed(ctx.payload, { createMissing: false })
}
const itemOf = (content: SeedContent, key: string) =>
  itemsOf(content).find((item) => item.key === key)!

const load = async (content: SeedContent) => {
  const req = await createLocalReq({}, ctx.payload)
  const items = itemsOf(content)
  return { items, store: await loadStore(ctx.payload, req, items.map(wantedOf)) }
}
/** What an item's document holds (published and as last saved), and its recorded state. */
const held = async (key: string, content: SeedContent = next) => {
  const { items, store } = await load(content)
  const item = items.find((i) => i.key === key)!
  const stored = store.stored.get(key)!
  return {
    stored,
    hashes: storedHashes(store, item.kind, stored),
    state: store.states.get(key),
    shipped: shippedHash(store.schema, item),
  }
}
const idOfKey = async (key: string) => (await held(key, release1)).stored.id!

const writes = async () => ({
  brands: (await ctx.payload.countVersions({ collection: 'brands', ...local })).totalDocs,
  methods: (await ctx.payload.countVersions({ collection: 'methods', ...local })).totalDocs,
  steps: (await ctx.payload.find({ collection: 'steps', ...local, limit: 1, sort: '-updatedAt' }))
    .docs[0]?.updatedAt,
  state: (
    await ctx.payload.find({ collection: 'seed-state', ...local, limit: 1, sort: '-updatedAt' })
  ).docs[0]?.updatedAt,
  site: (await ctx.payload.findGlobal({ slug: 'site', ...local })).updatedAt,
  brandCount: (await ctx.payload.count({ collection: 'brands', ...local })).totalDocs,
})

test('the content upgrade has items to work on', () => {
  expect(methodsWithSteps.length).toBeGreaterThanOrEqual(4)
  expect(brandKeys.length).toBeGreaterThanOrEqual(2)
})

test('the shipped history is what the previous release’s database holds (else run npm run seed:history)', async () => {
  expect(await hashesInDatabase(ctx.payload, await createLocalReq({}, ctx.payload))).toEqual(
    release.items,
  )
})

describe('a new release on the previous release’s database', () => {
  let report: SeedReport
  const cases: Record<'kept' | 'dropped', { id: number | string; step: number | string }> =
    {} as never
  let before: {
    edited: string
    drafted: string
    draftedLatest: string
    editedBrand: string
    brandCount: number
  }
  let untouchedSteps: { id: number | string; title: string }[]

  beforeAll(async () => {
    // Editors at work before the upgrade, through the API as editors work.
    const editedId = await idOfKey(edited)
    const [editedStep] = (
      await ctx.payload.find({
        collection: 'steps',
        ...local,
        where: { method: { equals: editedId } },
        sort: 'order',
        limit: 1,
      })
    ).docs
    expect(
      (
        await api.patch(`/steps/${editedStep.id}`, {
          token: tokens.editor,
          body: { title: 'Edited by an editor' },
        })
      ).status,
    ).toBe(200)
    const draftedId = await idOfKey(drafted)
    expect(
      (
        await api.patch(`/methods/${draftedId}?draft=true`, {
          token: tokens.editor,
          body: { summary: 'A draft an editor is writing.' },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await api.patch(`/methods/${await idOfKey(unpublished)}`, {
          token: tokens.editor,
          body: { _status: 'draft' },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await api.patch(`/brands/${await idOfKey(editedBrand)}`, {
          token: tokens.editor,
          body: { support: { hours: 'Edited: weekdays 9–5' } },
        })
      ).status,
    ).toBe(200)

    // Readers' cases about the first and last steps of the method the upgrade rewrites.
    const untouchedId = await idOfKey(untouched)
    const steps = (
      await ctx.payload.find({
        collection: 'steps',
        ...local,
        where: { method: { equals: untouchedId } },
        sort: 'order',
        limit: 100,
      })
    ).docs
    untouchedSteps = steps.map((s) => ({ id: s.id, title: s.title }))
    const brand = (
      await ctx.payload.findByID({ collection: 'methods', id: untouchedId, ...local, depth: 0 })
    ).brand
    for (const [name, step] of [
      ['kept', steps[0]],
      ['dropped', steps[steps.length - 1]],
    ] as const) {
      const kase = await ctx.payload.create({
        collection: 'comments',
        ...local,
        data: {
          brand: brand as never,
          method: untouchedId as never,
          step: step.id as never,
          authorName: 'Reader',
          body: `I am stuck at the step “${step.title}” and the recorder still asks for the password.`,
          status: 'published',
        },
      })
      cases[name] = { id: kase.id, step: step.id }
    }

    before = {
      edited: (await held(edited)).hashes.main,
      drafted: (await held(drafted)).hashes.main,
      draftedLatest: (await held(drafted)).hashes.latest,
      editedBrand: (await held(editedBrand)).hashes.main,
      brandCount: (await writes()).brandCount,
    }
    // At start: bring up to date, create nothing.
    report = await upgrade(next)
  })

  test('every item editors left alone now holds the new version, published or not as it was', async () => {
    expect(report.failed).toEqual([])
    const { items, store } = await load(next)
    const editedKeys = new Set([edited, drafted, editedBrand])
    let expectedUpgrades = 0
    for (const item of items) {
      const stored = store.stored.get(item.key)
      if (!stored || editedKeys.has(item.key)) continue
      const shipped = shippedHash(store.schema, item)
      expect({ key: item.key, ...storedHashes(store, item.kind, stored) }).toEqual({
        key: item.key,
        main: shipped,
        latest: shipped,
      })
      expect(store.states.get(item.key)).toMatchObject({ version: shipped, available: null })
      if (!shippedBefore(item.key).includes(shipped)) expectedUpgrades++
    }
    const upgraded = report.upgraded.brand + report.upgraded.method + report.upgraded.site
    expect(upgraded).toBe(expectedUpgrades)
    expect(report.upgraded.site).toBe(1)

    expect((await held(untouched)).stored.main._status).toBe('published')
    expect((await held(unpublished)).stored.main._status).toBe('draft')
    expect((await ctx.payload.findGlobal({ slug: 'site', ...local })).tagline).toBe(
      'The corrected tagline.',
    )
    expect((await held(untouchedBrand)).stored.main.summary).toBe('The corrected brand summary.')
  })

  test('a corrected step keeps its id and its cases; a step the new version drops lets its cases keep their method', async () => {
    const { stored } = await held(untouched)
    const u = method(itemOf(next, untouched))
    expect(stored.steps.map((s) => s.title)).toEqual(u.steps.map((s) => s.title))
    expect(stored.steps.map((s) => s.order)).toEqual(u.steps.map((_, i) => i + 1))
    expect(stored.steps[0].id).toBe(untouchedSteps[0].id)
    // Unchanged steps are the same documents, renumbered.
    expect(stored.steps[2].id).toBe(untouchedSteps[1].id)

    const kept = await ctx.payload.findByID({
      collection: 'comments',
      id: cases.kept.id,
      ...local,
      depth: 0,
    })
    expect(kept).toMatchObject({ step: cases.kept.step, method: stored.id, status: 'published' })
    const dropped = await ctx.payload.findByID({
      collection: 'comments',
      id: cases.dropped.id,
      ...local,
      depth: 0,
    })
    expect(dropped.step ?? null).toBeNull()
    expect(dropped).toMatchObject({
      method: stored.id,
      status: 'published',
      body: `I am stuck at the step “${untouchedSteps[untouchedSteps.length - 1].title}” and the recorder still asks for the password.`,
    })
  })

  test('items editors changed are left as they are and flagged, an editor’s waiting draft included', async () => {
    expect(report.flagged).toEqual({ brand: 1, method: 2, site: 0 })
    for (const [key, hash] of [
      [edited, before.edited],
      [drafted, before.drafted],
      [editedBrand, before.editedBrand],
    ] as const) {
      const { hashes, state, shipped } = await held(key)
      expect({ key, main: hashes.main }).toEqual({ key, main: hash })
      expect(state).toMatchObject({ available: shipped })
    }
    expect((await held(drafted)).hashes.latest).toBe(before.draftedLatest)
    const { stored } = await held(edited)
    expect(stored.steps[0].title).toBe('Edited by an editor')
  })

  test('the upgrade at start creates nothing, and says what it did', async () => {
    const { items, store } = await load(next)
    expect(report.notCreated).toBe(items.filter((item) => !store.stored.has(item.key)).length)
    expect(report.brands + report.methods + report.media).toBe(0)
    expect((await writes()).brandCount).toBe(before.brandCount)
    expect(describeReport(report)).toMatch(
      /^content upgrade: .*brought to the new version.*1 brand, 2 methods flagged/,
    )
  })

  test('a second run writes nothing', async () => {
    const snapshot = await writes()
    const again = await upgrade(next)
    expect(again.upgraded).toEqual({ brand: 0, method: 0, site: 0 })
    expect(again.failed).toEqual([])
    expect(await writes()).toEqual(snapshot)
  })

  test('editors compare, field by field and in words, what the document holds and the new version', async () => {
    const id = await idOfKey(edited)
    const res = await api.get(`/methods/${id}/seed-update`, { token: tokens.editor })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      pending: true,
      message: 'A newer version of this seeded method is available.',
    })
    const labels = res.body.changes.map((c: { label: string }) => c.label)
    // The previous release's text differs from today's in more fields than the editor's change: those are listed too.
    expect(labels).toEqual(expect.arrayContaining(['Summary', 'Step 1']))
    const change = (label: string) =>
      res.body.changes.find((c: { label: string }) => c.label === label)
    const summary = change('Summary')
    expect(summary.shipped).toBe('The corrected summary of the edited method.')
    const step = change('Step 1')
    expect(step.current).toContain('Title: Edited by an editor')
    expect(step.shipped).toContain(`Title: ${method(itemOf(next, edited)).steps[0].title}`)
    expect(step.shipped).toContain(method(itemOf(next, edited)).steps[0].body[0])
    expect(JSON.stringify(res.body.changes)).not.toContain('root')

    expect(
      (await api.get(`/brands/${await idOfKey(editedBrand)}/seed-update`, { token: tokens.editor }))
        .body.pending,
    ).toBe(true)
    expect(
      (await api.get(`/methods/${await idOfKey(untouched)}/seed-update`, { token: tokens.editor }))
        .body,
    ).toMatchObject({ pending: false })
    expect(
      (await api.get('/globals/site/seed-update', { token: tokens.editor })).body,
    ).toMatchObject({ pending: false })
  })

  test('only those who may update the document may compare, take or keep', async () => {
    const id = await idOfKey(edited)
    for (const token of [tokens.anonymous, tokens.support]) {
      expect((await api.get(`/methods/${id}/seed-update`, { token })).status).toBe(403)
      const take = await api.post(`/methods/${id}/seed-update`, { token })
      expect(take.status).toBe(403)
      expect(take.body.message).toMatch(/Only someone who may edit this method/)
      expect((await api.post(`/methods/${id}/seed-update/keep`, { token })).status).toBe(403)
    }
    expect((await api.get('/globals/site/seed-update', { token: tokens.support })).status).toBe(403)
    expect((await held(edited)).state).toMatchObject({ available: (await held(edited)).shipped })
    expect((await api.get(`/methods/999999/seed-update`, { token: tokens.editor })).status).toBe(
      404,
    )
  })

  test('Take the new version: the document becomes it, once', async () => {
    const id = await idOfKey(edited)
    const res = await api.post(`/methods/${id}/seed-update`, { token: tokens.editor })
    expect(res.status).toBe(200)
    const { hashes, state, shipped } = await held(edited)
    expect(hashes).toEqual({ main: shipped, latest: shipped })
    expect(state).toMatchObject({ version: shipped, available: null })
    expect((await held(edited)).stored.main._status).toBe('published')

    const again = await api.post(`/methods/${id}/seed-update`, { token: tokens.editor })
    expect(again.status).toBe(409)
    expect(again.body.message).toMatch(/Nothing to take/)
    const rerun = await upgrade(next)
    expect(rerun.flagged).toEqual({ brand: 1, method: 1, site: 0 })
  })

  test('Keep mine: not offered again until a newer version ships', async () => {
    const id = await idOfKey(drafted)
    const res = await api.post(`/methods/${id}/seed-update/keep`, { token: tokens.editor })
    expect(res.status).toBe(200)
    expect(
      (await api.get(`/methods/${id}/seed-update`, { token: tokens.editor })).body.pending,
    ).toBe(false)
    expect(
      (await api.post(`/methods/${id}/seed-update/keep`, { token: tokens.editor })).status,
    ).toBe(409)

    expect((await upgrade(next)).flagged.method).toBe(0)
    const { hashes } = await held(drafted)
    expect(hashes).toEqual({ main: before.drafted, latest: before.draftedLatest })

    const release3 = structuredClone(next)
    method(itemOf(release3, drafted)).validity =
      'Corrected again: valid for 48 hours, void after a reboot.'
    expect((await upgrade(release3)).flagged.method).toBe(1)
    expect((await held(drafted, release3)).state).toMatchObject({
      available: (await held(drafted, release3)).shipped,
    })
  })

  test('an edited step body is edited content too', async () => {
    // A step written in the admin stores its own rich text: editors' words, whatever their form.
    const id = await idOfKey(untouched)
    const [step] = (
      await ctx.payload.find({
        collection: 'steps',
        ...local,
        where: { method: { equals: id } },
        sort: 'order',
        limit: 1,
      })
    ).docs
    await api.patch(`/steps/${step.id}`, {
      token: tokens.editor,
      body: { body: paragraphs(['Rewritten by an editor.']) },
    })
    const release4 = structuredClone(next)
    method(itemOf(release4, untouched)).summary = 'Corrected once more.'
    const result = await upgrade(release4)
    expect(result.flagged.method).toBeGreaterThanOrEqual(1)
    expect((await held(untouched, release4)).state?.available).toBe(
      (await held(untouched, release4)).shipped,
    )
  })

  test('the site settings too: flagged when edited, then taken through its global’s endpoint', async () => {
    expect((await api.post('/globals/site/seed-update', { token: tokens.editor })).status).toBe(409)
    expect(
      (await api.post('/globals/site', { token: tokens.editor, body: { name: 'Our own name' } }))
        .status,
    ).toBe(200)
    const release5 = structuredClone(next)
    release5.site.closingWords = 'Corrected closing words.'
    expect((await upgrade(release5)).flagged.site).toBe(1)
    expect((await ctx.payload.findGlobal({ slug: 'site', ...local })).name).toBe('Our own name')

    const compare = await api.get('/globals/site/seed-update', { token: tokens.editor })
    expect(compare.body).toMatchObject({
      pending: true,
      message: 'A newer version of the seeded site settings is available.',
    })
    expect(compare.body.changes.map((c: { label: string }) => c.label).sort()).toEqual([
      'Closing Words',
      'Name',
    ])
    expect((await api.post('/globals/site/seed-update', { token: tokens.support })).status).toBe(
      403,
    )
    expect((await api.post('/globals/site/seed-update', { token: tokens.editor })).status).toBe(200)
    const site = await ctx.payload.findGlobal({ slug: 'site', ...local })
    expect({ name: site.name, closingWords: site.closingWords }).toEqual({
      name: release5.site.name,
      closingWords: 'Corrected closing words.',
    })
  })
})

test('at start, the command line upgrades a database with brands and creates nothing', () => {
  const dir = path.join(ctx.dir, 'start')
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'db.sqlite')
  unpack(file)
  const brands = () => {
    const db = new Database(file)
    try {
      return (db.prepare('select count(*) as n from brands').get() as { n: number }).n
    } finally {
      db.close()
    }
  }
  const before = brands()
  const env = {
    ...process.env,
    DATABASE_URI: `file:${file}`,
    MEDIA_DIR: path.join(dir, 'media'),
    LOG_LEVEL: 'info',
    NODE_OPTIONS: '',
  }
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'scripts/run-ts.mjs'), 'src/seed/cli.ts', '--if-empty'],
    { cwd: root, env, encoding: 'utf8' },
  )
  expect(run.status).toBe(0)
  expect(run.stdout).toMatch(/content upgrade: /)
  expect(brands()).toBe(before)
  const db = new Database(file)
  const rows = (db.prepare('select count(*) as n from seed_state').get() as { n: number }).n
  db.close()
  expect(rows).toBe(common.length)
})
