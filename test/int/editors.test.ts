/**
 * The editors' workflow on the server: starting a brand from the general
 * guide, publishing only methods that have steps, reordering steps, and
 * scheduled publish through Payload's job queue.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { schedulerToken } from '../../src/jobs/access'
import type { Method, User } from '../../src/payload-types'
import { paragraphs } from '../../src/seed/richText'
import { publishedMethod, startApi, unique } from '../helpers/fixtures'
import type { TestContext } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

let ctx: TestContext
let api: RestClient
let tokens: Awaited<ReturnType<typeof startApi>>['tokens']
let users: Awaited<ReturnType<typeof startApi>>['users']
const local = { overrideAccess: true } as const

beforeAll(async () => {
  ;({ ctx, api, tokens, users } = await startApi())
})
afterAll(async () => ctx?.close())

const draftMethod = (data: Record<string, unknown> = {}) =>
  ctx.payload.create({
    collection: 'methods',
    ...local,
    data: {
      title: 'Draft method',
      slug: unique('draft'),
      kind: 'menu',
      dataLoss: 'none',
      _status: 'draft',
      ...data,
    } as never,
  })

const addStep = (method: number | string, order: number, text?: string) =>
  ctx.payload.create({
    collection: 'steps',
    ...local,
    data: {
      method,
      order,
      title: `Step ${order}`,
      ...(text ? { body: paragraphs([text]) } : {}),
    } as never,
  })

describe('start from the general guide', () => {
  let generals: { id: number | string; title: string }[]

  beforeAll(async () => {
    const menu = await publishedMethod(ctx.payload, {
      title: 'Via the menu',
      slug: 'via-the-menu',
      kind: 'menu',
      dataLoss: 'none',
      order: 1,
    })
    await addStep(menu.method.id, 2, 'Open Configuration > User.')
    const button = await publishedMethod(ctx.payload, {
      title: 'Reset button',
      slug: 'reset-button',
      kind: 'reset-button',
      dataLoss: 'settings',
      order: 2,
      summary: 'Hold the button.',
    })
    // A general method still in draft is not part of the general guide readers see.
    await draftMethod({ title: 'Unfinished general', slug: 'unfinished-general' })
    generals = [menu.method, button.method]
  })

  test('copies the published general methods and their steps once, as drafts tied to the brand', async () => {
    const brand = await ctx.payload.create({
      collection: 'brands',
      ...local,
      draft: true,
      data: { name: 'Reolink', slug: 'reolink', _status: 'draft' },
    })

    const first = await api.post(`/brands/${brand.id}/start-from-general`, { token: tokens.editor })
    expect(first.status).toBe(200)
    expect(first.body.message).toMatch(/Copied 2 general methods as drafts of Reolink/)
    expect(first.body.created.map((m: { title: string }) => m.title)).toEqual([
      'Via the menu',
      'Reset button',
    ])

    const { docs: copies } = await ctx.payload.find({
      collection: 'methods',
      ...local,
      where: { brand: { equals: brand.id } },
      sort: 'order',
      depth: 0,
      draft: true,
    })
    expect(copies).toHaveLength(2)
    for (const [i, copy] of copies.entries()) {
      expect(copy._status).toBe('draft')
      expect(String(copy.basedOn)).toBe(String(generals[i].id))
      const [ours, theirs] = await Promise.all(
        [copy.id, generals[i].id].map((method) =>
          ctx.payload
            .find({
              collection: 'steps',
              ...local,
              where: { method: { equals: method } },
              sort: 'order',
              depth: 0,
            })
            .then((r) => r.docs),
        ),
      )
      expect(ours.map((s) => [s.order, s.title, s.plainText])).toEqual(
        theirs.map((s) => [s.order, s.title, s.plainText]),
      )
      expect(ours.every((s) => !theirs.some((t) => t.id === s.id))).toBe(true)
    }
    expect(copies[1].summary).toBe('Hold the button.')

    // Again: nothing more is copied, nothing is duplicated.
    const again = await api.post(`/brands/${brand.id}/start-from-general`, { token: tokens.editor })
    expect(again.status).toBe(200)
    expect(again.body.created).toEqual([])
    expect(again.body.message).toMatch(/Nothing to copy/)
    expect(
      (
        await ctx.payload.count({
          collection: 'methods',
          ...local,
          where: { brand: { equals: brand.id } },
        })
      ).totalDocs,
    ).toBe(2)
    const copiedSteps = await ctx.payload.count({
      collection: 'steps',
      ...local,
      where: { method: { in: copies.map((c) => c.id) } },
    })
    expect(copiedSteps.totalDocs).toBe(3)

    // Drafts stay private, and the general methods are untouched.
    expect((await api.get(`/methods?where[brand][equals]=${brand.id}`)).body.totalDocs).toBe(0)
    expect((await api.get(`/methods/${generals[0].id}`)).status).toBe(200)
  })

  test('two clicks at once still copy once', async () => {
    const brand = await ctx.payload.create({
      collection: 'brands',
      ...local,
      data: { name: 'Twice', slug: 'twice', _status: 'published' },
    })
    const [a, b] = await Promise.all([
      api.post(`/brands/${brand.id}/start-from-general`, { token: tokens.editor }),
      api.post(`/brands/${brand.id}/start-from-general`, { token: tokens.admin }),
    ])
    expect([a.status, b.status]).toEqual([200, 200])
    expect(a.body.created.length + b.body.created.length).toBe(2)
    expect(
      (
        await ctx.payload.count({
          collection: 'methods',
          ...local,
          where: { brand: { equals: brand.id } },
        })
      ).totalDocs,
    ).toBe(2)
  })

  test('only editors may start a guide; an unknown brand is a 404', async () => {
    const brand = await ctx.payload.create({
      collection: 'brands',
      ...local,
      data: { name: 'Locked', slug: 'locked', _status: 'published' },
    })
    for (const token of [undefined, tokens.support]) {
      const res = await api.post(`/brands/${brand.id}/start-from-general`, { token })
      expect(res.status).toBe(403)
      expect(res.body.message).toMatch(/editor/)
    }
    expect(
      (
        await ctx.payload.count({
          collection: 'methods',
          ...local,
          where: { brand: { equals: brand.id } },
        })
      ).totalDocs,
    ).toBe(0)
    expect(
      (await api.post('/brands/999999/start-from-general', { token: tokens.editor })).status,
    ).toBe(404)
  })
})

describe('publishing a method', () => {
  test('without steps is refused with a clear message, and the draft is kept', async () => {
    const method = await draftMethod({ title: 'Empty' })
    const res = await api.patch(`/methods/${method.id}`, {
      token: tokens.editor,
      body: { _status: 'published' },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/at least one step before it can be published/)
    const stored = await ctx.payload.findByID({ collection: 'methods', id: method.id, ...local })
    expect(stored._status).toBe('draft')
    // Nor can a method be created published.
    const created = await api.post('/methods', {
      token: tokens.editor,
      body: {
        title: 'Born published',
        slug: 'born-published',
        kind: 'menu',
        dataLoss: 'none',
        _status: 'published',
      },
    })
    expect(created.status).toBe(400)
    expect(
      (
        await ctx.payload.count({
          collection: 'methods',
          ...local,
          where: { slug: { equals: 'born-published' } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  test('a step without text is named; once written, the method publishes', async () => {
    const method = await draftMethod({ title: 'Half written' })
    await addStep(method.id, 1, 'Unplug the recorder.')
    const empty = await addStep(method.id, 2)
    const refused = await api.patch(`/methods/${method.id}`, {
      token: tokens.editor,
      body: { _status: 'published' },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/Step 2 \(\\"Step 2\\"\) has no text/)

    await ctx.payload.update({
      collection: 'steps',
      id: empty.id,
      ...local,
      data: { body: paragraphs(['Hold the button for 30 seconds.']) },
    })
    const published = await api.patch(`/methods/${method.id}`, {
      token: tokens.editor,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(published.body.doc._status).toBe('published')
  })
})

describe('reordering steps', () => {
  test('renumbers all steps in one go, in the order given', async () => {
    const method = await draftMethod({ title: 'Reorder me' })
    const [a, b, c] = [
      await addStep(method.id, 1, 'A'),
      await addStep(method.id, 2, 'B'),
      await addStep(method.id, 3, 'C'),
    ]
    const res = await api.post(`/methods/${method.id}/reorder-steps`, {
      token: tokens.editor,
      body: { steps: [c.id, a.id, b.id] },
    })
    expect(res.status).toBe(200)
    const { docs } = await ctx.payload.find({
      collection: 'steps',
      ...local,
      where: { method: { equals: method.id } },
      sort: 'order',
    })
    expect(docs.map((s) => [s.order, s.plainText])).toEqual([
      [1, 'C'],
      [2, 'A'],
      [3, 'B'],
    ])
  })

  test('an incomplete list, or someone not an editor, changes nothing', async () => {
    const method = await draftMethod({ title: 'Keep me' })
    const [a, b] = [await addStep(method.id, 1, 'A'), await addStep(method.id, 2, 'B')]
    const other = await addStep((await draftMethod()).id, 1, 'Elsewhere')
    for (const steps of [[b.id], [b.id, a.id, other.id], [b.id, b.id], 'a,b']) {
      const res = await api.post(`/methods/${method.id}/reorder-steps`, {
        token: tokens.editor,
        body: { steps },
      })
      expect(res.status).toBe(400)
      expect(res.body.message).toBeTruthy()
    }
    expect(
      (
        await api.post(`/methods/${method.id}/reorder-steps`, {
          token: tokens.support,
          body: { steps: [b.id, a.id] },
        })
      ).status,
    ).toBe(403)
    const { docs } = await ctx.payload.find({
      collection: 'steps',
      ...local,
      where: { method: { equals: method.id } },
      sort: 'order',
    })
    expect(docs.map((s) => s.plainText)).toEqual(['A', 'B'])
  })
})

describe('scheduled publish and unpublish', () => {
  const schedule = (id: number | string, type: 'publish' | 'unpublish', at: Date) =>
    ctx.payload.jobs.queue({
      task: 'schedulePublish',
      // Generated types name SQLite's numeric ids; the value may be either kind, as the admin sends it.
      input: {
        type,
        doc: { relationTo: 'methods', value: id as Method['id'] },
        user: { relationTo: 'users', value: users.editor.id as User['id'] },
      },
      waitUntil: at,
    })

  test('a method goes public at its time when the queue runs, and off again', async () => {
    const brand = await ctx.payload.create({
      collection: 'brands',
      ...local,
      data: { name: 'Scheduled', slug: 'scheduled', _status: 'published' },
    })
    const method = await draftMethod({ brand: brand.id, title: 'Later' })
    await addStep(method.id, 1, 'Do it later.')
    const at = new Date(Date.now() + 1500)
    await schedule(method.id, 'publish', at)

    await ctx.payload.jobs.run()
    expect((await api.get(`/methods/${method.id}`)).status).toBe(404)

    await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 50))
    await ctx.payload.jobs.run()
    const live = await api.get(`/methods/${method.id}`)
    expect(live.status).toBe(200)
    expect(live.body._status).toBe('published')

    await schedule(method.id, 'unpublish', new Date(Date.now() - 1000))
    await ctx.payload.jobs.run()
    expect((await api.get(`/methods/${method.id}`)).status).toBe(404)
  })

  test('a scheduled publish of a method without steps fails and leaves it a draft', async () => {
    const method = await draftMethod({ title: 'Never ready' })
    await schedule(method.id, 'publish', new Date(Date.now() - 1000))
    await ctx.payload.jobs.run()
    expect(
      (await ctx.payload.findByID({ collection: 'methods', id: method.id, ...local }))._status,
    ).toBe('draft')
  })

  test('only the scheduler (its token) or an admin may run the queue over HTTP', async () => {
    expect((await api.get('/payload-jobs/run')).status).toBe(401)
    expect((await api.get('/payload-jobs/run', { token: tokens.editor })).status).toBe(401)
    expect(
      (await api.get('/payload-jobs/run', { headers: { Authorization: 'Bearer wrong' } })).status,
    ).toBe(401)
    expect(
      (
        await api.get('/payload-jobs/run', {
          headers: { Authorization: `Bearer ${schedulerToken()}` },
        })
      ).status,
    ).toBe(200)
    expect((await api.get('/payload-jobs/run', { token: tokens.admin })).status).toBe(200)
  })
})

describe('deleting', () => {
  test('a method takes its steps and answers with it', async () => {
    const { method, step } = await publishedMethod(ctx.payload, {
      title: 'Doomed',
      slug: 'doomed',
      kind: 'menu',
      dataLoss: 'none',
    })
    await ctx.payload.create({
      collection: 'feedback',
      ...local,
      data: { method: method.id, helpful: 'no' },
    })
    expect((await api.delete(`/methods/${method.id}`, { token: tokens.editor })).status).toBe(200)
    expect(
      (
        await ctx.payload.count({
          collection: 'steps',
          ...local,
          where: { id: { equals: step.id } },
        })
      ).totalDocs,
    ).toBe(0)
    expect(
      (
        await ctx.payload.count({
          collection: 'feedback',
          ...local,
          where: { method: { equals: method.id } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  test("a brand takes its guide with it, but never its readers' cases", async () => {
    const brand = await ctx.payload.create({
      collection: 'brands',
      ...local,
      data: { name: 'Gone', slug: 'gone', _status: 'published' },
    })
    const { method } = await publishedMethod(ctx.payload, {
      title: 'Theirs',
      slug: 'theirs',
      brand: brand.id,
      kind: 'menu',
      dataLoss: 'none',
    })
    expect((await api.delete(`/brands/${brand.id}`, { token: tokens.editor })).status).toBe(200)
    // Its method did not become a general one: it is gone.
    expect(
      (
        await ctx.payload.count({
          collection: 'methods',
          ...local,
          where: { id: { equals: method.id } },
        })
      ).totalDocs,
    ).toBe(0)

    const kept = await ctx.payload.create({
      collection: 'brands',
      ...local,
      data: { name: 'Kept', slug: 'kept', _status: 'published' },
    })
    await publishedMethod(ctx.payload, {
      title: 'Stays',
      slug: 'stays',
      brand: kept.id,
      kind: 'menu',
      dataLoss: 'none',
    })
    await ctx.payload.create({
      collection: 'comments',
      ...local,
      data: {
        brand: kept.id,
        authorName: 'Reader',
        body: 'Still locked out of my recorder after the reset.',
      },
    })
    const refused = await api.delete(`/brands/${kept.id}`, { token: tokens.editor })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/1 case about this brand.*Unpublish it instead/)
    expect(
      (
        await ctx.payload.count({
          collection: 'methods',
          ...local,
          where: { brand: { equals: kept.id } },
        })
      ).totalDocs,
    ).toBe(1)
  })
})

describe('a published method stays followable', () => {
  test('its last step cannot be deleted, nor a step emptied of its text', async () => {
    const { method, step } = await publishedMethod(ctx.payload, {
      title: 'Live',
      slug: 'live',
      kind: 'menu',
      dataLoss: 'none',
    })
    const deleted = await api.delete(`/steps/${step.id}`, { token: tokens.editor })
    expect(deleted.status).toBe(400)
    expect(JSON.stringify(deleted.body)).toMatch(/only step of a published method/)
    const emptied = await api.patch(`/steps/${step.id}`, {
      token: tokens.editor,
      body: { body: paragraphs(['']) },
    })
    expect(emptied.status).toBe(400)
    expect(JSON.stringify(emptied.body)).toMatch(/needs text/)
    expect(
      (await ctx.payload.findByID({ collection: 'steps', id: step.id, ...local })).plainText,
    ).toBe('Switch the recorder off at the wall.')

    // With a second step the first may go; once unpublished, the method can be taken apart.
    const second = await addStep(method.id, 2, 'Then switch it on.')
    expect((await api.delete(`/steps/${step.id}`, { token: tokens.editor })).status).toBe(200)
    await ctx.payload.update({
      collection: 'methods',
      id: method.id,
      ...local,
      data: { _status: 'draft' },
    })
    expect((await api.delete(`/steps/${second.id}`, { token: tokens.editor })).status).toBe(200)
  })
})
