/**
 * Create, read, update and delete for every collection, through the Local API
 * and through the REST handlers, plus the site global.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { paragraphs } from '../../src/seed/richText'
import { changeFor, createTarget, newData, uploadForm } from '../helpers/documents'
import { pngBytes, type RoleName, startApi } from '../helpers/fixtures'
import type { CollectionSlug } from '../helpers/matrix'
import type { TestContext } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

let ctx: TestContext
let api: RestClient
let tokens: Record<RoleName, string | undefined>
let related: Awaited<ReturnType<typeof startApi>>['content'] & { kase?: { id: number | string } }

beforeAll(async () => {
  ;({ ctx, api, tokens, content: related } = await startApi())
  related.kase = await createTarget(ctx.payload, 'comments', related)
})
afterAll(async () => ctx?.close())

const COLLECTIONS: CollectionSlug[] = [
  'brands',
  'methods',
  'steps',
  'comments',
  'feedback',
  'media',
  'users',
]

describe.each(COLLECTIONS)('%s through the Local API', (collection) => {
  test('create, read, update, delete', async () => {
    const { payload } = ctx
    const local = { overrideAccess: true } as const
    let created: { id: number | string }
    if (collection === 'media') {
      const png = await pngBytes()
      created = await payload.create({
        collection,
        ...local,
        data: { alt: 'Local' },
        file: { data: png, mimetype: 'image/png', name: 'local.png', size: png.length },
      })
    } else {
      created = await payload.create({
        collection,
        ...local,
        data: newData(collection, related) as never,
      })
    }
    const read = await payload.findByID({ collection, id: created.id, ...local })
    expect(read.id).toEqual(created.id)

    const change = changeFor[collection]
    const updated = (await payload.update({
      collection,
      id: created.id,
      ...local,
      data: change as never,
    })) as unknown as Record<string, unknown>
    const [field, value] = Object.entries(change)[0]
    expect(updated[field]).toBe(value)

    await payload.delete({ collection, id: created.id, ...local })
    expect(
      (await payload.count({ collection, ...local, where: { id: { equals: created.id } } }))
        .totalDocs,
    ).toBe(0)
  })
})

describe.each(COLLECTIONS)('%s through REST', (collection) => {
  test('create, read, list, update, delete', async () => {
    // Readers create cases and feedback; editors content; admins users.
    const writer: RoleName = collection === 'users' ? 'admin' : 'editor'
    const token = tokens[writer]
    const createdRes =
      collection === 'media'
        ? await api.post('/media', { token, form: await uploadForm('Through REST') })
        : await api.post(`/${collection}`, { token, body: newData(collection, related, writer) })
    expect(createdRes.status).toBe(201)
    const id = createdRes.body.doc.id

    // Staff read everything they wrote (admins can read users).
    const reader = tokens[collection === 'users' ? 'admin' : 'editor']
    const one = await api.get(`/${collection}/${id}`, { token: reader })
    expect(one.status).toBe(200)
    const list = await api.get(`/${collection}?limit=100&depth=0`, { token: reader })
    expect(list.body.docs.map((d: { id: unknown }) => String(d.id))).toContain(String(id))

    const change = changeFor[collection]
    const updateToken =
      tokens[collection === 'feedback' || collection === 'users' ? 'admin' : 'editor']
    const updated = await api.patch(`/${collection}/${id}`, { token: updateToken, body: change })
    expect(updated.status).toBe(200)
    const [field, value] = Object.entries(change)[0]
    expect(updated.body.doc[field]).toBe(value)

    const deleteToken =
      tokens[['comments', 'feedback', 'users'].includes(collection) ? 'admin' : 'editor']
    const deleted = await api.delete(`/${collection}/${id}`, { token: deleteToken })
    expect(deleted.status).toBe(200)
    expect((await api.get(`/${collection}/${id}`, { token: reader })).status).toBe(404)
  })
})

describe('site global', () => {
  test('read and update through the Local API and REST', async () => {
    await ctx.payload.updateGlobal({
      slug: 'site',
      overrideAccess: true,
      data: { name: 'ResetHub', tagline: 'Local' },
    })
    expect((await ctx.payload.findGlobal({ slug: 'site', overrideAccess: true })).tagline).toBe(
      'Local',
    )

    const res = await api.post('/globals/site', {
      token: tokens.editor,
      body: { tagline: 'REST', preventionTips: [{ title: 'Keep it', text: 'Write it down.' }] },
    })
    expect(res.status).toBe(200)
    const read = await api.get('/globals/site')
    expect(read.body).toMatchObject({
      name: 'ResetHub',
      tagline: 'REST',
      preventionTips: [{ title: 'Keep it', text: 'Write it down.' }],
    })
  })
})

describe('a method and its steps', () => {
  test('the join lists steps in order inside the method', async () => {
    const method = await ctx.payload.create({
      collection: 'methods',
      overrideAccess: true,
      data: {
        title: 'Ordered',
        slug: 'ordered',
        brand: related.brand.id,
        kind: 'menu',
        dataLoss: 'none',
        _status: 'draft',
      },
    })
    for (const order of [3, 1, 2]) {
      await api.post('/steps', {
        token: tokens.editor,
        body: {
          method: method.id,
          order,
          title: `Step ${order}`,
          body: paragraphs([`Do step ${order}.`]),
        },
      })
    }
    expect(
      (
        await api.patch(`/methods/${method.id}`, {
          token: tokens.editor,
          body: { _status: 'published' },
        })
      ).status,
    ).toBe(200)
    const res = await api.get(`/methods/${method.id}?depth=1`)
    expect(res.body.steps.docs.map((s: { title: string }) => s.title)).toEqual([
      'Step 1',
      'Step 2',
      'Step 3',
    ])
  })
})
