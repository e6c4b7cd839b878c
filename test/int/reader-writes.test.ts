/**
 * Readers' writes go through one pipeline (src/readers/): a reader sets only
 * the fields of the form, on every way in, and never writes a reply; limits
 * count an IPv6 /64 as one client. Staff and trusted code are not held to it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { PEER_HEADER } from '../../src/lib/clientAddress'
import { CASE_LIMITS } from '../../src/lib/rateLimit'
import { startApi } from '../helpers/fixtures'
import type { TestContext } from '../helpers/payload'
import type { ApiResponse, RestClient } from '../helpers/rest'

let ctx: TestContext
let api: RestClient
let tokens: Awaited<ReturnType<typeof startApi>>['tokens']
let content: Awaited<ReturnType<typeof startApi>>['content']
let clients = 0
const newClient = () => ({ [PEER_HEADER]: `198.51.100.${++clients}` })

beforeAll(async () => {
  ;({ ctx, api, tokens, content } = await startApi())
})
afterAll(async () => ctx?.close())

const count = async (collection: 'comments' | 'feedback') =>
  (await ctx.payload.count({ collection, overrideAccess: true })).totalDocs
const errorsOf = (res: ApiResponse): { path: string; message: string }[] =>
  (res.body?.errors ?? []).flatMap(
    (e: { data?: { errors?: { path: string; message: string }[] } }) => e.data?.errors ?? [],
  )

const aCase = (extra: Record<string, unknown> = {}) => ({
  brand: content.brand.id,
  authorName: 'Reader',
  body: 'The reset code from support was refused by the recorder twice.',
  ...extra,
})

describe('a reader sets only the form’s fields', () => {
  test.each([
    [
      'createdAt in the future (pins a case on top)',
      { createdAt: '2099-01-01T00:00:00.000Z' },
      'createdAt',
      /set when it arrives/,
    ],
    [
      'createdAt in the past (slips past the repeat screening)',
      { createdAt: '2001-01-01T00:00:00.000Z' },
      'createdAt',
      /set when it arrives/,
    ],
    ['updatedAt', { updatedAt: '2099-01-01T00:00:00.000Z' }, 'updatedAt', /Leave out/],
    ['a status', { status: 'published' }, 'status', /not part of the form/],
    ['a case state', { caseState: 'resolved' }, 'caseState', /not part of the form/],
    ['the staff flag', { staff: true }, 'staff', /not part of the form/],
    ['an address hash', { ipHash: 'abc' }, 'ipHash', /not part of the form/],
    ['an id of its own', { id: 999999 }, 'id', /not part of the form/],
  ])(
    'REST: %s is refused with a 400 naming it, nothing stored',
    async (_label, extra, path, message) => {
      const before = await count('comments')
      const res = await api.post('/comments', { headers: newClient(), body: aCase(extra) })
      expect(res.status).toBe(400)
      expect(errorsOf(res)).toEqual([
        expect.objectContaining({ path, message: expect.stringMatching(message) }),
      ])
      expect(await count('comments')).toBe(before)
    },
  )

  test('GraphQL: createdAt is refused too', async () => {
    const before = await count('comments')
    const res = await api.graphql(
      `mutation { createComment(data: { brand: ${JSON.stringify(content.brand.id)}, authorName: "Reader", body: "The reset code from support was refused twice today.", createdAt: "2099-01-01T00:00:00.000Z" }) { id } }`,
      { headers: newClient() },
    )
    expect(JSON.stringify(res.body.errors ?? [])).toMatch(/createdAt|set when it arrives/)
    expect(await count('comments')).toBe(before)
  })

  test('a reader cannot write a "reply" under somebody else’s case', async () => {
    const kase = await ctx.payload.create({
      collection: 'comments',
      overrideAccess: true,
      data: { ...aCase(), status: 'published' } as never,
    })
    const before = await count('comments')
    const res = await api.post('/comments', {
      headers: newClient(),
      body: aCase({ parent: kase.id }),
    })
    expect(res.status).toBe(400)
    expect(errorsOf(res)[0]).toEqual(
      expect.objectContaining({
        path: 'parent',
        message: expect.stringMatching(/Only support staff reply/),
      }),
    )
    expect(await count('comments')).toBe(before)
  })

  test('a reader’s case gets the server’s date; the form’s fields are kept', async () => {
    const res = await api.post('/comments', {
      headers: newClient(),
      body: aCase({ deviceModel: 'DHI-NVR4104', firmware: 'V4.001' }),
    })
    expect(res.status).toBe(201)
    const stored = await ctx.payload.findByID({
      collection: 'comments',
      id: res.body.doc.id,
      overrideAccess: true,
    })
    expect(Math.abs(new Date(stored.createdAt).getTime() - Date.now())).toBeLessThan(60_000)
    expect(stored).toEqual(
      expect.objectContaining({
        deviceModel: 'DHI-NVR4104',
        firmware: 'V4.001',
        status: 'pending',
        staff: false,
      }),
    )
    expect(stored.ipHash).toMatch(/^[0-9a-f]{32}$/)
  })

  test('feedback: only the form’s fields', async () => {
    const before = await count('feedback')
    const res = await api.post('/feedback', {
      headers: newClient(),
      body: { method: content.method.id, helpful: 'yes', createdAt: '2099-01-01T00:00:00.000Z' },
    })
    expect(res.status).toBe(400)
    expect(errorsOf(res)[0]?.path).toBe('createdAt')
    expect(await count('feedback')).toBe(before)
    expect(
      (
        await api.post('/feedback', {
          headers: newClient(),
          body: { method: content.method.id, helpful: 'yes' },
        })
      ).status,
    ).toBe(201)
  })

  test('staff are not held to the form (they may date an entry they import)', async () => {
    const res = await ctx.payload.create({
      collection: 'comments',
      overrideAccess: true,
      data: { ...aCase(), createdAt: '2020-01-01T00:00:00.000Z', status: 'published' } as never,
    })
    expect(res.createdAt).toBe('2020-01-01T00:00:00.000Z')
    expect(tokens.support).toBeTruthy()
  })
})

describe('rate limits by client', () => {
  test('twelve addresses of one IPv6 /64 share one allowance; the next /64 has its own', async () => {
    const allowance = CASE_LIMITS[0].points
    const statuses: number[] = []
    for (let n = 1; n <= 12; n++) {
      const res = await api.post('/comments', {
        headers: { [PEER_HEADER]: `2001:db8:aa:bb::${n.toString(16)}` },
        body: aCase({ body: `Case number ${n} from one household: the reset code was refused.` }),
      })
      statuses.push(res.status)
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(allowance)
    expect(statuses.slice(allowance).every((s) => s === 429)).toBe(true)
    const next = await api.post('/comments', {
      headers: { [PEER_HEADER]: '2001:db8:aa:bc::1' },
      body: aCase(),
    })
    expect(next.status).toBe(201)
  })

  test('an IPv4-mapped address counts as its IPv4 address', async () => {
    const allowance = CASE_LIMITS[0].points
    for (let n = 1; n <= allowance; n++) {
      const res = await api.post('/comments', {
        headers: { [PEER_HEADER]: '192.0.2.200' },
        body: aCase({ body: `Mapped case ${n}: the recorder refused the code again.` }),
      })
      expect(res.status).toBe(201)
    }
    const mapped = await api.post('/comments', {
      headers: { [PEER_HEADER]: '::ffff:192.0.2.200' },
      body: aCase(),
    })
    expect(mapped.status).toBe(429)
  })
})
