/**
 * A reader's case, through every way in (REST and GraphQL here; the form uses
 * the same Local API path): validation, rate limit, spam screening, privacy.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { PEER_HEADER } from '../../src/lib/clientAddress'
import { publishedMethod, startApi } from '../helpers/fixtures'
import type { TestContext } from '../helpers/payload'
import type { ApiResponse, RestClient } from '../helpers/rest'

let ctx: TestContext
let api: RestClient
let content: Awaited<ReturnType<typeof startApi>>['content']
let other: {
  brand: { id: number | string }
  method: { id: number | string }
  step: { id: number | string }
}
let clients = 0

/** A new client address for each test, so limits do not leak between tests. */
const newClient = () => ({ [PEER_HEADER]: `198.51.100.${++clients}` })

const errorPaths = (res: ApiResponse): string[] =>
  (res.body?.errors ?? []).flatMap((e: { data?: { errors?: { path: string }[] } }) =>
    (e.data?.errors ?? []).map((x) => x.path),
  )

const count = async () =>
  (await ctx.payload.count({ collection: 'comments', overrideAccess: true })).totalDocs

const validCase = () => ({
  brand: content.brand.id,
  method: content.method.id,
  step: content.step.id,
  authorName: 'Reader',
  deviceModel: 'DS-7608NI-K2',
  body: 'I held the button for 15 seconds but the password did not change.',
})

beforeAll(async () => {
  ;({ ctx, api, content } = await startApi())
  const local = { overrideAccess: true } as const
  const brand = await ctx.payload.create({
    collection: 'brands',
    ...local,
    data: { name: 'Other brand', slug: 'other-brand', _status: 'published' },
  })
  const { method, step } = await publishedMethod(
    ctx.payload,
    { title: 'Other', slug: 'other', brand: brand.id, kind: 'menu', dataLoss: 'none' },
    'Other step',
  )
  other = { brand, method, step }
})
afterAll(async () => ctx?.close())

describe('validation: 400 with the field named, nothing stored', () => {
  test.each([
    ['name over 80 characters', { authorName: 'n'.repeat(81) }, 'authorName'],
    ['model over 80 characters', { deviceModel: 'm'.repeat(81) }, 'deviceModel'],
    ['firmware over 80 characters', { firmware: 'f'.repeat(81) }, 'firmware'],
    ['message under 20 characters', { body: 'Help me please' }, 'body'],
    ['message over 4000 characters', { body: 'x'.repeat(4001) }, 'body'],
    ['an invalid e-mail', { authorEmail: 'me-at-example' }, 'authorEmail'],
    ['a method of another brand', { method: 'OTHER_METHOD', step: undefined }, 'method'],
    ['a step of another method', { step: 'OTHER_STEP' }, 'step'],
    ['a step without a method', { method: undefined }, 'step'],
  ])('%s', async (_rule, change, path) => {
    const body: Record<string, unknown> = { ...validCase(), ...change }
    if (body.method === 'OTHER_METHOD') body.method = other.method.id
    if (body.step === 'OTHER_STEP') body.step = other.step.id
    const before = await count()
    const res = await api.post('/comments', { body, headers: newClient() })
    expect(res.status).toBe(400)
    expect(errorPaths(res)).toContain(path)
    expect(await count()).toBe(before)
  })

  test('through GraphQL too', async () => {
    const before = await count()
    const res = await api.graphql(
      'mutation ($data: mutationCommentInput!) { createComment(data: $data) { id } }',
      {
        variables: { data: { ...validCase(), body: 'short' } },
        headers: newClient(),
      },
    )
    expect(JSON.stringify(res.body.errors)).toMatch(/body|Message|20 characters/)
    expect(await count()).toBe(before)
  })

  test('a valid case is stored as pending, with a hash of the address and never the address', async () => {
    const client = newClient()
    const res = await api.post('/comments', {
      body: { ...validCase(), authorEmail: 'reader@example.com', notifyOnReply: true },
      headers: client,
    })
    expect(res.status).toBe(201)
    const stored = await ctx.payload.findByID({
      collection: 'comments',
      id: res.body.doc.id,
      overrideAccess: true,
    })
    expect(stored.status).toBe('pending')
    expect(stored.ipHash).toMatch(/^[0-9a-f]{32}$/)
    expect(JSON.stringify(stored)).not.toContain(client[PEER_HEADER])
    // Not public.
    expect((await api.get(`/comments/${stored.id}`)).status).toBe(404)
  })
})

describe('rate limit', () => {
  test('5 cases in 10 minutes per client, then 429 with when to retry; another client is still accepted', async () => {
    const client = newClient()
    const send = (headers: Record<string, string>, i: number) =>
      api.post('/comments', {
        body: { ...validCase(), body: `Case number ${i}: the reset button does nothing at all.` },
        headers,
      })
    for (let i = 0; i < 5; i++) expect((await send(client, i)).status).toBe(201)
    const before = await count()
    const refused = await send(client, 6)
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/try again in \d+ (seconds|minutes)/i)
    expect(await count()).toBe(before)

    // A spoofed X-Forwarded-For or X-Real-IP does not buy a fresh allowance.
    const spoofed = await send(
      { ...client, 'x-forwarded-for': '203.0.113.77', 'x-real-ip': '203.0.113.78' },
      7,
    )
    expect(spoofed.status).toBe(429)

    expect((await send(newClient(), 8)).status).toBe(201)
  })
})

describe('spam', () => {
  test('more than two links is held as spam', async () => {
    const res = await api.post('/comments', {
      body: {
        ...validCase(),
        body: 'Cheap cameras at https://a.example https://b.example and www.c.example now',
      },
      headers: newClient(),
    })
    expect(res.status).toBe(201)
    const stored = await ctx.payload.findByID({
      collection: 'comments',
      id: res.body.doc.id,
      overrideAccess: true,
    })
    expect(stored.status).toBe('spam')
  })

  test('the same message again from the same client is held as spam; from another client it is not', async () => {
    const client = newClient()
    const body = {
      ...validCase(),
      body: 'Exactly the same words about the GUID file import failing.',
    }
    const first = await api.post('/comments', { body, headers: client })
    const again = await api.post('/comments', { body, headers: client })
    const elsewhere = await api.post('/comments', { body, headers: newClient() })
    const status = async (res: ApiResponse) =>
      (
        await ctx.payload.findByID({
          collection: 'comments',
          id: res.body.doc.id,
          overrideAccess: true,
        })
      ).status
    expect(await status(first)).toBe('pending')
    expect(await status(again)).toBe('spam')
    expect(await status(elsewhere)).toBe('pending')
  })
})
