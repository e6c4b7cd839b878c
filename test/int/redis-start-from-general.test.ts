/**
 * "Start from the general guide" with REDIS_URL: two clicks that reach two
 * instances at once copy the general methods once. Here the calls go past the
 * in-process guard (one process's map of running copies), as calls on two
 * instances would, so the Redis lock alone must hold. SQLite lets one writing
 * transaction run at a time and would keep the copies apart by itself; a server
 * database lets two run side by side, each seeing nothing copied yet. So the
 * test checks what the lock promises: one copy's transaction is over before
 * the next one begins.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { createLocalReq } from 'payload'

import { startRedisServer, type RedisServer } from '../../scripts/redisServer'
import { copyGeneralGuideOnce } from '../../src/collections/Brands/endpoints/startFromGeneral'
import { closeSharedRedis } from '../../src/shared/redis.mjs'
import { publishedMethod, startApi } from '../helpers/fixtures'
import type { TestContext } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

let redis: RedisServer
let ctx: TestContext
let api: RestClient
let tokens: Awaited<ReturnType<typeof startApi>>['tokens']
let users: Awaited<ReturnType<typeof startApi>>['users']
const local = { overrideAccess: true } as const

beforeAll(async () => {
  redis = await startRedisServer()
  process.env.REDIS_URL = redis.url
  ;({ ctx, api, tokens, users } = await startApi())
  for (const [order, slug] of ['via-the-menu', 'reset-button', 'contact-support'].entries()) {
    await publishedMethod(ctx.payload, {
      title: slug,
      slug,
      kind: 'other',
      dataLoss: 'none',
      order,
    })
  }
})
afterAll(async () => {
  await ctx?.close()
  await closeSharedRedis()
  await redis?.close()
  delete process.env.REDIS_URL
})

const newBrand = (name: string) =>
  ctx.payload.create({
    collection: 'brands',
    ...local,
    data: { name, slug: name.toLowerCase(), _status: 'published' },
  })

const copiesOf = async (brandId: number | string) =>
  (
    await ctx.payload.count({
      collection: 'methods',
      ...local,
      where: { brand: { equals: brandId } },
    })
  ).totalDocs

/** An editor's request, as each instance would have its own. */
const editorRequest = async () => {
  const user = await ctx.payload.findByID({ collection: 'users', id: users.editor.id, ...local })
  return createLocalReq({ user: { ...user, collection: 'users' } }, ctx.payload)
}

describe('start from the general guide, on two instances at once', () => {
  test('copies once: the second waits for the first to commit, then finds nothing left to copy', async () => {
    const brand = await newBrand('Twinstance')
    const requests = await Promise.all([1, 2, 3].map(editorRequest))
    const { db } = ctx.payload
    let open = 0
    let mostOpen = 0
    // Each transaction counted from the moment it is asked for until it ends.
    const real = {
      beginTransaction: db.beginTransaction,
      commitTransaction: db.commitTransaction,
      rollbackTransaction: db.rollbackTransaction,
    }
    db.beginTransaction = async function (...args) {
      mostOpen = Math.max(mostOpen, ++open)
      return real.beginTransaction.apply(this, args)
    }
    db.commitTransaction = async function (...args) {
      await real.commitTransaction.apply(this, args)
      open--
    }
    db.rollbackTransaction = async function (...args) {
      await real.rollbackTransaction.apply(this, args)
      open--
    }
    let results
    try {
      results = await Promise.all(requests.map((req) => copyGeneralGuideOnce(req, brand.id)))
    } finally {
      Object.assign(db, real)
    }
    expect(mostOpen).toBe(1)
    expect(results.map((r) => r.created.length).sort()).toEqual([0, 0, 3])
    expect(await copiesOf(brand.id)).toBe(3)
    const steps = await ctx.payload.count({
      collection: 'steps',
      ...local,
      where: { 'method.brand': { equals: brand.id } },
    })
    expect(steps.totalDocs).toBe(3)
  })

  test('through the endpoint too', async () => {
    const brand = await newBrand('Endpointed')
    const [a, b] = await Promise.all([
      api.post(`/brands/${brand.id}/start-from-general`, { token: tokens.editor }),
      api.post(`/brands/${brand.id}/start-from-general`, { token: tokens.admin }),
    ])
    expect([a.status, b.status]).toEqual([200, 200])
    expect(a.body.created.length + b.body.created.length).toBe(3)
    expect(await copiesOf(brand.id)).toBe(3)
  })

  test('while Redis is away it copies nothing and asks to try again; the log says why', async () => {
    const brand = await newBrand('Waiting')
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      await redis.stop()
      const res = await api.post(`/brands/${brand.id}/start-from-general`, { token: tokens.editor })
      expect(res.status).toBe(503)
      expect(JSON.stringify(res.body)).toMatch(/try again in a moment/)
      expect(await copiesOf(brand.id)).toBe(0)
      expect(
        warn.mock.calls.some(([line]) =>
          /^Without Redis: "Start from the general guide"/.test(String(line)),
        ),
      ).toBe(true)
    } finally {
      await redis.start()
      error.mockRestore()
      warn.mockRestore()
    }
  })
})
