/**
 * Every validation rule answers 400 with the offending field named, and stores nothing.
 */
import { crc32 } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { paragraphs } from '../../src/seed/richText'
import { uploadForm } from '../helpers/documents'
import { pngBytes, type RoleName, publishedMethod, startApi, unique } from '../helpers/fixtures'
import type { TestContext } from '../helpers/payload'
import type { ApiResponse, RestClient } from '../helpers/rest'
import { query, sql } from '../helpers/sql'

const text = paragraphs(['Press and hold the button.'])

let ctx: TestContext
let api: RestClient
let tokens: Record<RoleName, string | undefined>
let content: Awaited<ReturnType<typeof startApi>>['content']
let otherBrand: { id: number | string }
let general: { id: number | string }
let kase: { id: number | string }

beforeAll(async () => {
  ;({ ctx, api, tokens, content } = await startApi())
  otherBrand = await ctx.payload.create({
    collection: 'brands',
    overrideAccess: true,
    data: { name: 'Other', slug: 'other', _status: 'published' },
  })
  general = (
    await publishedMethod(ctx.payload, {
      title: 'General',
      slug: 'general',
      kind: 'menu',
      dataLoss: 'none',
    })
  ).method
  kase = await ctx.payload.create({
    collection: 'comments',
    overrideAccess: true,
    data: { authorName: 'Reader', body: 'A case for staff to answer.', status: 'published' },
  })
})
afterAll(async () => ctx?.close())

/** The paths named in a Payload validation error. */
const errorPaths = (res: ApiResponse): string[] =>
  (res.body?.errors ?? []).flatMap((e: { data?: { errors?: { path: string }[] } }) =>
    (e.data?.errors ?? []).map((x) => x.path),
  )

const expectRefused = (res: ApiResponse, path: string) => {
  expect(res.status).toBe(400)
  expect(errorPaths(res)).toContain(path)
  // The message is one a person can act on, not a stack trace.
  expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(/)
}

type Case = {
  rule: string
  collection: 'brands' | 'methods' | 'steps' | 'comments' | 'feedback' | 'users'
  as?: RoleName
  body: () => Record<string, unknown>
  path: string
}

const brandBase = () => ({ name: unique('Brand'), slug: unique('brand') })
const methodBase = () => ({
  title: 'M',
  slug: unique('m'),
  brand: content.brand.id,
  kind: 'menu',
  dataLoss: 'none',
})

const cases: Case[] = [
  {
    rule: 'brand name is unique',
    collection: 'brands',
    body: () => ({ ...brandBase(), name: content.brand.name }),
    path: 'name',
  },
  {
    rule: 'brand slug is unique',
    collection: 'brands',
    body: () => ({ ...brandBase(), slug: content.brand.slug }),
    path: 'slug',
  },
  {
    rule: 'brand slug has a URL-safe form',
    collection: 'brands',
    body: () => ({ ...brandBase(), slug: '../Bad Slug!' }),
    path: 'slug',
  },
  {
    rule: 'brand name is required',
    collection: 'brands',
    body: () => ({ slug: 'no-name' }),
    path: 'name',
  },
  {
    rule: 'accent colour is hex',
    collection: 'brands',
    body: () => ({ ...brandBase(), accentColor: 'red' }),
    path: 'accentColor',
  },
  {
    rule: 'support website is a web address',
    collection: 'brands',
    body: () => ({ ...brandBase(), support: { website: 'javascript:alert(1)' } }),
    path: 'support.website',
  },
  {
    rule: 'support e-mail is an e-mail address',
    collection: 'brands',
    body: () => ({ ...brandBase(), support: { email: 'not-an-email' } }),
    path: 'support.email',
  },
  {
    rule: 'a model pattern names a brand’s models',
    collection: 'brands',
    body: () => ({
      ...brandBase(),
      modelPatterns: [
        { pattern: '*', source: { title: 'Manual p. 3', url: 'https://example.com/m' } },
      ],
    }),
    path: 'modelPatterns.0.pattern',
  },
  {
    rule: 'a model pattern’s example fits it',
    collection: 'brands',
    body: () => ({
      ...brandBase(),
      modelPatterns: [
        {
          pattern: 'DS-76*',
          example: 'RLN8-410',
          source: { title: 'Manual p. 3', url: 'https://example.com/m' },
        },
      ],
    }),
    path: 'modelPatterns.0.example',
  },
  {
    rule: 'a model pattern has its source’s address',
    collection: 'brands',
    body: () => ({
      ...brandBase(),
      modelPatterns: [{ pattern: 'DS-76*', source: { title: 'Manual p. 3' } }],
    }),
    path: 'modelPatterns.0.source.url',
  },
  {
    rule: 'tool address is a web address',
    collection: 'brands',
    body: () => ({ ...brandBase(), tools: [{ name: 'SADP', url: 'ftp://x' }] }),
    path: 'tools.0.url',
  },
  {
    rule: 'tool platforms are from the list',
    collection: 'brands',
    body: () => ({ ...brandBase(), tools: [{ name: 'SADP', platforms: ['amiga'] }] }),
    path: 'tools.0.platforms',
  },
  {
    rule: 'method slug is unique within its brand',
    collection: 'methods',
    body: () => ({ ...methodBase(), slug: content.method.slug }),
    path: 'slug',
  },
  {
    rule: 'general method slugs are unique',
    collection: 'methods',
    body: () => ({ ...methodBase(), brand: null, slug: 'general' }),
    path: 'slug',
  },
  {
    rule: 'method kind is from the list',
    collection: 'methods',
    body: () => ({ ...methodBase(), kind: 'magic' }),
    path: 'kind',
  },
  {
    rule: 'method requirements are from the list',
    collection: 'methods',
    body: () => ({ ...methodBase(), requirements: ['luck'] }),
    path: 'requirements',
  },
  {
    rule: 'method data loss is from the list',
    collection: 'methods',
    body: () => ({ ...methodBase(), dataLoss: 'everything' }),
    path: 'dataLoss',
  },
  {
    rule: 'method source link is a web address',
    collection: 'methods',
    body: () => ({ ...methodBase(), sources: [{ title: 'Manual', url: 'not a url' }] }),
    path: 'sources.0.url',
  },
  {
    rule: 'method source has a link',
    collection: 'methods',
    body: () => ({ ...methodBase(), sources: [{ title: 'User manual', page: '37' }] }),
    path: 'sources.0.url',
  },
  {
    rule: 'method source is not a bare home page',
    collection: 'methods',
    body: () => ({
      ...methodBase(),
      sources: [{ title: 'Manual', url: 'https://www.manualshelf.com/' }],
    }),
    path: 'sources.0.url',
  },
  {
    rule: 'method source publisher is from the list',
    collection: 'methods',
    body: () => ({
      ...methodBase(),
      sources: [{ title: 'Manual', url: 'https://example.com/manual/page-3', publisher: 'forum' }],
    }),
    path: 'sources.0.publisher',
  },
  {
    rule: 'brand relation kind is from the list',
    collection: 'brands',
    body: () => ({
      ...brandBase(),
      relations: [
        {
          kind: 'owns',
          brand: otherBrand.id,
          source: { title: 'Manual', url: 'https://example.com/m' },
        },
      ],
    }),
    path: 'relations.0.kind',
  },
  {
    rule: 'brand relation names the other brand',
    collection: 'brands',
    body: () => ({
      ...brandBase(),
      relations: [{ kind: 'sold-as', source: { title: 'Manual', url: 'https://example.com/m' } }],
    }),
    path: 'relations.0.brand',
  },
  {
    rule: 'brand relation has its source’s link',
    collection: 'brands',
    body: () => ({
      ...brandBase(),
      relations: [{ kind: 'sold-as', brand: otherBrand.id, source: { title: 'Manual' } }],
    }),
    path: 'relations.0.source.url',
  },
  {
    rule: 'brand relation source is not a bare home page',
    collection: 'brands',
    body: () => ({
      ...brandBase(),
      relations: [
        {
          kind: 'sold-as',
          brand: otherBrand.id,
          source: { title: 'Manual', url: 'https://example.com' },
        },
      ],
    }),
    path: 'relations.0.source.url',
  },
  {
    rule: 'method title is required',
    collection: 'methods',
    body: () => ({ ...methodBase(), title: '' }),
    path: 'title',
  },
  {
    rule: 'step order is unique within its method',
    collection: 'steps',
    body: () => ({ method: content.method.id, order: content.step.order, title: 'Again' }),
    path: 'order',
  },
  {
    rule: 'step order starts at 1',
    collection: 'steps',
    body: () => ({ method: content.method.id, order: 0, title: 'Zero', body: text }),
    path: 'order',
  },
  {
    rule: 'a step of a published method has text',
    collection: 'steps',
    body: () => ({ method: content.method.id, order: 8, title: 'Empty' }),
    path: 'body',
  },
  {
    rule: 'step needs a method',
    collection: 'steps',
    body: () => ({ order: 5, title: 'Orphan' }),
    path: 'method',
  },
  {
    rule: 'callout kind is from the list',
    collection: 'steps',
    body: () => ({
      method: content.method.id,
      order: 7,
      title: 'T',
      callouts: [{ kind: 'shout', text: 'x' }],
      body: text,
    }),
    path: 'callouts.0.kind',
  },
  {
    rule: 'comment e-mail is an e-mail address',
    collection: 'comments',
    as: 'anonymous',
    body: () => ({ authorName: 'A', body: 'Hello there, I am stuck.', authorEmail: 'nope' }),
    path: 'authorEmail',
  },
  {
    rule: 'comment author name is at most 80 characters',
    collection: 'comments',
    as: 'anonymous',
    body: () => ({ authorName: 'x'.repeat(81), body: 'Hello there, I am stuck.' }),
    path: 'authorName',
  },
  {
    rule: 'comment status is from the list',
    collection: 'comments',
    as: 'support',
    body: () => ({ parent: kase.id, body: 'Hello there.', status: 'hidden' }),
    path: 'status',
  },
  {
    rule: 'feedback answer is yes or no',
    collection: 'feedback',
    as: 'anonymous',
    body: () => ({ method: content.method.id, helpful: 'maybe' }),
    path: 'helpful',
  },
  {
    rule: 'feedback names its method',
    collection: 'feedback',
    as: 'anonymous',
    body: () => ({ helpful: 'yes' }),
    path: 'method',
  },
  {
    rule: 'user roles are from the list',
    collection: 'users',
    as: 'admin',
    body: () => ({
      email: 'x@example.com',
      password: 'long enough password',
      name: 'X',
      roles: ['root'],
    }),
    path: 'roles',
  },
  {
    rule: 'user e-mail is an e-mail address',
    collection: 'users',
    as: 'admin',
    body: () => ({ email: 'not-an-email', password: 'long enough password', name: 'X' }),
    path: 'email',
  },
]

describe.each(cases)('$rule', ({ collection, as = 'editor', body, path }) => {
  test(`refused with 400 naming ${path}, nothing stored`, async () => {
    const before = (await ctx.payload.count({ collection, overrideAccess: true })).totalDocs
    const res = await api.post(`/${collection}`, { token: tokens[as], body: body() })
    expectRefused(res, path)
    expect((await ctx.payload.count({ collection, overrideAccess: true })).totalDocs).toBe(before)
  })
})

describe('updates', () => {
  test('an invalid change is refused and the stored document is unchanged', async () => {
    const res = await api.patch(`/brands/${content.brand.id}`, {
      token: tokens.editor,
      body: { accentColor: '#12345', summary: 'Should not land' },
    })
    expectRefused(res, 'accentColor')
    const stored = await ctx.payload.findByID({
      collection: 'brands',
      id: content.brand.id,
      overrideAccess: true,
    })
    expect(stored.summary ?? null).toBeNull()
    expect(stored.accentColor ?? null).toBeNull()
  })

  test('moving a step onto a taken number is refused', async () => {
    const second = await ctx.payload.create({
      collection: 'steps',
      overrideAccess: true,
      data: { method: content.method.id, order: 2, title: 'Second', body: text },
    })
    const res = await api.patch(`/steps/${second.id}`, {
      token: tokens.editor,
      body: { order: content.step.order },
    })
    expectRefused(res, 'order')
    expect(
      (await ctx.payload.findByID({ collection: 'steps', id: second.id, overrideAccess: true }))
        .order,
    ).toBe(2)
  })
})

/** The message Payload gives for one field. */
const messageFor = (res: ApiResponse, path: string): string | undefined =>
  (res.body?.errors ?? [])
    .flatMap(
      (e: { data?: { errors?: { path: string; message: string }[] } }) => e.data?.errors ?? [],
    )
    .find((x: { path: string }) => x.path === path)?.message

describe('sources name the page that says it', () => {
  test('a source without a link, or linking a home page, is refused with what to do', async () => {
    const missing = await api.post('/methods', {
      token: tokens.editor,
      body: { ...methodBase(), sources: [{ title: 'User manual' }] },
    })
    expect(messageFor(missing, 'sources.0.url')).toBe('Link the page or article that says it.')
    const home = await api.post('/methods', {
      token: tokens.editor,
      body: { ...methodBase(), sources: [{ title: 'Manual', url: 'https://www.manualshelf.com' }] },
    })
    expect(messageFor(home, 'sources.0.url')).toMatch(
      /home page: link the page or article that says it/,
    )
  })

  test('a page-level source with its page number and publisher is kept as given', async () => {
    const sources = [
      {
        title: 'DS-7616NI-E2 user manual',
        url: 'https://www.manualshelf.com/manual/hikvision/ds-7616ni-e2/page-37.html',
        page: '37',
      },
      { title: 'Reset guide', url: 'https://example.org/?p=123', publisher: 'third-party' },
    ]
    const res = await api.post('/methods', {
      token: tokens.editor,
      body: { ...methodBase(), sources, lastChecked: '2026-12-02T12:00:00.000Z' },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.sources.map(({ id: _id, ...s }: { id: string }) => s)).toEqual([
      { ...sources[0], publisher: 'vendor' },
      { ...sources[1], page: null },
    ])
    expect(res.body.doc.lastChecked).toBe('2026-12-02T12:00:00.000Z')
  })

  test('a source saved before links were required still loads; its next save asks for the link', async () => {
    const { method } = await publishedMethod(ctx.payload, {
      ...methodBase(),
      sources: [{ title: 'Old manual', url: 'https://example.com/manual/page-9' }],
    })
    // As an older release stored it: no link, in the document and in its versions.
    await query(
      ctx.payload,
      sql`update methods_sources set url = null where _parent_id = ${method.id}`,
    )
    await query(
      ctx.payload,
      sql`update _methods_v_version_sources set url = null where _parent_id in (select id from _methods_v where parent_id = ${method.id})`,
    )
    const read = await api.get(`/methods/${method.id}`, { token: tokens.editor })
    expect(read.status).toBe(200)
    expect(read.body.sources[0]).toMatchObject({ title: 'Old manual', url: null })
    const save = await api.patch(`/methods/${method.id}`, {
      token: tokens.editor,
      body: { summary: 'Edited' },
    })
    expect(messageFor(save, 'sources.0.url')).toBe('Link the page or article that says it.')
  })

  test('a brand cannot be related to itself', async () => {
    const res = await api.patch(`/brands/${otherBrand.id}`, {
      token: tokens.editor,
      body: {
        relations: [
          {
            kind: 'sold-as',
            brand: otherBrand.id,
            source: { title: 'Manual', url: 'https://example.com/m' },
          },
        ],
      },
    })
    expect(messageFor(res, 'relations.0.brand')).toMatch(/cannot be related to itself/)
  })
})

describe('what stays allowed', () => {
  test('the same method slug under another brand, and a step number used by another method', async () => {
    const res = await api.post('/methods', {
      token: tokens.editor,
      body: { ...methodBase(), brand: otherBrand.id, slug: content.method.slug },
    })
    expect(res.status).toBe(201)
    const step = await api.post('/steps', {
      token: tokens.editor,
      body: { method: res.body.doc.id, order: content.step.order, title: 'First' },
    })
    expect(step.status).toBe(201)
    expect(general.id).toBeDefined()
  })

  test('a slug is made from the title when left empty', async () => {
    const res = await api.post('/methods', {
      token: tokens.editor,
      body: { ...methodBase(), slug: undefined, title: 'Reset button (inside the case)' },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.slug).toBe('reset-button-inside-the-case')
  })
})

describe('media', () => {
  test('alt text is required', async () => {
    const before = (await ctx.payload.count({ collection: 'media', overrideAccess: true }))
      .totalDocs
    const res = await api.post('/media', { token: tokens.editor, form: await uploadForm('') })
    expectRefused(res, 'alt')
    expect((await ctx.payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(
      before,
    )
  })

  test('SVG is refused', async () => {
    const before = (await ctx.payload.count({ collection: 'media', overrideAccess: true }))
      .totalDocs
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    const res = await api.post('/media', {
      token: tokens.editor,
      form: await uploadForm('Logo', { bytes: svg, name: 'logo.svg', type: 'image/svg+xml' }),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/file|type/i)
    expect((await ctx.payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(
      before,
    )
  })

  test('alt text of spaces only is refused', async () => {
    const res = await api.post('/media', { token: tokens.editor, form: await uploadForm('   ') })
    expectRefused(res, 'alt')
  })

  const refusedWhole = async (bytes: Uint8Array, status: number, message: RegExp) => {
    const before = (await ctx.payload.count({ collection: 'media', overrideAccess: true }))
      .totalDocs
    const res = await api.post('/media', {
      token: tokens.editor,
      form: await uploadForm('Too big', { bytes, name: 'big.png', type: 'image/png' }),
    })
    expect(res.status).toBe(status)
    expect(JSON.stringify(res.body)).toMatch(message)
    expect((await ctx.payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(
      before,
    )
  }

  test('a file over 10 MB is refused whole, saying what to do', async () => {
    const png = await pngBytes()
    const big = new Uint8Array(11 * 1024 * 1024)
    big.set(png)
    await refusedWhole(big, 413, /larger than 10 MB\. Export the picture at a smaller size/)
  })

  test('an image of too many pixels is refused from its header, before it is decoded', async () => {
    // A real 8 x 8 PNG whose header claims 20000 x 20000 pixels: a "pixel flood" that costs nothing to send.
    const flood = Buffer.from(await pngBytes())
    flood.writeUInt32BE(20000, 16)
    flood.writeUInt32BE(20000, 20)
    flood.writeUInt32BE(crc32(flood.subarray(12, 29)), 29)
    await refusedWhole(flood, 413, /20000 × 20000 pixels; the limit is 40 megapixels/)
  })

  test('a file that is not an image is refused with a message', async () => {
    const text = new TextEncoder().encode('this is not a picture at all')
    await refusedWhole(text, 400, /not an image we can read/)
  })

  test('a PNG gets resized variants made by sharp', async () => {
    const bytes = await pngBytes(600, 400)
    const res = await api.post('/media', {
      token: tokens.editor,
      form: await uploadForm('A label', { bytes, name: 'label.png', type: 'image/png' }),
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.sizes.thumbnail).toMatchObject({ width: 160, height: 160 })
    expect(res.body.doc.sizes.card).toMatchObject({ width: 480, height: 320 })
    expect(res.body.doc.mimeType).toBe('image/png')
  })
})
