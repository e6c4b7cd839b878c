/**
 * Next's page cache in Redis (src/shared/cacheHandler.mjs), against a real
 * redis-server: entries survive the trip whole, a revalidation made through one
 * instance is seen by every other and by a restarted one, and while Redis is
 * away nothing is served that cannot be proven fresh. "Another instance" is a
 * new handler on a new connection, as Next makes one per request and a
 * restarted process makes a new connection.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { Redis } from 'ioredis'

import { startRedisServer, type RedisServer } from '../../scripts/redisServer'
import { BRAND_PAGE_PATTERNS } from '../../src/routes'
import RedisCacheHandler from '../../src/shared/cacheHandler.mjs'
import { GENERATION_KEY, pageGeneration } from '../../src/shared/pageGeneration.mjs'
import { closeSharedRedis } from '../../src/shared/redis.mjs'

let redis: RedisServer
const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-next-'))
const serverDistDir = path.join(distDir, 'server')
fs.mkdirSync(serverDistDir, { recursive: true })
fs.writeFileSync(path.join(distDir, 'BUILD_ID'), 'test-build')

const logs: string[] = []
beforeAll(async () => {
  redis = await startRedisServer()
  process.env.REDIS_URL = redis.url
  for (const level of ['error', 'warn', 'info'] as const) {
    jest
      .spyOn(console, level)
      .mockImplementation((...args: unknown[]) => void logs.push(args.map(String).join(' ')))
  }
})
afterAll(async () => {
  await closeSharedRedis()
  await redis?.close()
  delete process.env.REDIS_URL
  fs.rmSync(distDir, { recursive: true, force: true })
  jest.restoreAllMocks()
})
afterEach(() => {
  logs.length = 0
})

/** What Next hands every cache handler; a new one per request. */
const handler = () =>
  new RedisCacheHandler({
    dev: false,
    serverDistDir,
    revalidatedTags: [],
    maxMemoryCacheSize: 0,
    _requestHeaders: {},
  })

/** Another process: its own connection (the next handler opens one). */
const anotherInstance = async () => {
  await closeSharedRedis()
  return handler()
}

const PAGE_CTX = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false }
const SET_CTX = { ...PAGE_CTX, cacheControl: { revalidate: false, expire: undefined } }

let pages = 0
/** A page entry as Next stores one: HTML, the RSC payload and segment data as bytes, its tags in a header. */
const page = (brand: string) => ({
  kind: 'APP_PAGE',
  html: `<!DOCTYPE html><html><body><h1>${brand} — “reset” ${++pages}</h1></body></html>`,
  rscData: Buffer.from([0, 1, 2, 0xfe, 0xff, ...Buffer.from(`rsc ${brand}`)]),
  // As a production build tags /brands/{brand}: its file's route (route group included), then its path.
  headers: {
    'x-next-cache-tags': `_N_T_/layout,_N_T_/(frontend)/layout,_N_T_/(frontend)/brands/layout,_N_T_/(frontend)/brands/[brand]/layout,_N_T_/(frontend)/brands/[brand]/page,_N_T_/brands/${brand}`,
    vary: 'rsc',
  },
  postponed: undefined,
  status: 200,
  segmentData: new Map([
    ['/_tree', Buffer.from([0xff, 0x00, 0x10])],
    ['/brands/$d$brand/__PAGE__', Buffer.from(`segment ${brand}`)],
  ]),
})

const keyOf = (brand: string) => `/route-cache/APP_PAGE/abc/$/brands/${brand}`

/** Stores a page as Next does after a miss: get (a miss), render, set. */
const render = async (brand: string) => {
  const cache = handler()
  expect(await cache.get(keyOf(brand), PAGE_CTX)).toBeNull()
  const value = page(brand)
  await cache.set(keyOf(brand), value, SET_CTX)
  return value
}

const until = async (check: () => boolean, ms = 5000, between?: () => Promise<unknown>) => {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await (between?.() ?? new Promise((r) => setTimeout(r, 50)))
  }
}

describe('the page cache in Redis', () => {
  test('an entry comes back whole: text, bytes, segment data, headers, cache control', async () => {
    const stored = await render('acme')
    const found = await handler().get(keyOf('acme'), PAGE_CTX)
    expect(found).not.toBeNull()
    expect(found!.value).toEqual(stored)
    expect(Buffer.isBuffer(found!.value.rscData)).toBe(true)
    expect(found!.value.segmentData).toBeInstanceOf(Map)
    expect(found!.value.segmentData.get('/_tree')).toEqual(Buffer.from([0xff, 0x00, 0x10]))
    expect(found!.cacheControl).toEqual({ revalidate: false })
    expect(Math.abs(found!.lastModified - Date.now())).toBeLessThan(5000)
  })

  test('a route handler’s body and a fetch entry too', async () => {
    const cache = handler()
    const body = Buffer.from('<?xml version="1.0"?><urlset/>')
    const route = {
      kind: 'APP_ROUTE',
      body,
      status: 200,
      headers: { 'content-type': 'application/xml', 'x-next-cache-tags': '_N_T_/sitemap.xml' },
    }
    await cache.set('/route-cache/APP_ROUTE/x/$/sitemap.xml', route, {
      kind: 'APP_ROUTE',
      cacheControl: { revalidate: false },
    })
    expect(
      (await handler().get('/route-cache/APP_ROUTE/x/$/sitemap.xml', { kind: 'APP_ROUTE' }))!.value,
    ).toEqual(route)

    const fetched = {
      kind: 'FETCH',
      data: { headers: {}, body: 'e30=', status: 200, url: 'http://x' },
      revalidate: 60,
    }
    await cache.set('fetch-key', fetched, { fetchCache: true, tags: ['guides'] })
    expect(
      (await handler().get('fetch-key', { kind: 'FETCH', tags: ['guides'], softTags: [] }))!.value,
    ).toEqual(fetched)
    await handler().revalidateTag(['guides'])
    expect(
      await handler().get('fetch-key', { kind: 'FETCH', tags: ['guides'], softTags: [] }),
    ).toBeNull()
  })

  test('a revalidation through one instance is a miss on another, and on one started later', async () => {
    await render('hikvision')
    await render('dahua')

    // Another instance, and one restarted: the entries are still there.
    const other = await anotherInstance()
    expect(await other.get(keyOf('hikvision'), PAGE_CTX)).not.toBeNull()

    // revalidatePath('/brands/hikvision') arrives as this tag.
    await other.revalidateTag(['_N_T_/brands/hikvision'])
    const third = await anotherInstance()
    expect(await third.get(keyOf('hikvision'), PAGE_CTX)).toBeNull()
    expect(await third.get(keyOf('dahua'), PAGE_CTX)).not.toBeNull()

    // Rendered again, it is a hit everywhere.
    await render('hikvision')
    expect(await (await anotherInstance()).get(keyOf('hikvision'), PAGE_CTX)).not.toBeNull()

    // What a general method's edit revalidates (every brand's pages, by their route): every guide.
    await handler().revalidateTag(BRAND_PAGE_PATTERNS.map((pattern) => `_N_T_${pattern}/page`))
    expect(await (await anotherInstance()).get(keyOf('hikvision'), PAGE_CTX)).toBeNull()

    // revalidatePath('/', 'layout'): every page.
    await render('hikvision')
    await handler().revalidateTag(['_N_T_/layout'])
    const fourth = await anotherInstance()
    expect(await fourth.get(keyOf('hikvision'), PAGE_CTX)).toBeNull()
    expect(await fourth.get(keyOf('dahua'), PAGE_CTX)).toBeNull()
  })

  test('the page generation moves with every revalidation, whichever instance records it', async () => {
    const look = new Redis(redis.url)
    try {
      const counted = async () => Number(await look.get(GENERATION_KEY))
      const before = await counted()
      await (await anotherInstance()).revalidateTag(['_N_T_/brands/hikvision'])
      expect(await counted()).toBe(before + 1)
      // Another process's revalidation moves only the count in Redis: this process reads it there.
      const mine = await pageGeneration()
      await look.incr(GENERATION_KEY)
      const after = await pageGeneration()
      expect(after).not.toBeNull()
      expect(after).not.toBe(mine)
    } finally {
      look.disconnect()
    }
  })

  test('a page whose render began before an edit was published is stored out of date', async () => {
    const cache = handler()
    expect(await cache.get(keyOf('uniview'), PAGE_CTX)).toBeNull()
    // The render reads the old content; meanwhile another instance publishes an edit.
    await new Promise((r) => setTimeout(r, 20))
    await (await anotherInstance()).revalidateTag(['_N_T_/brands/uniview'])
    await new Promise((r) => setTimeout(r, 20))
    await cache.set(keyOf('uniview'), page('uniview'), SET_CTX)
    expect(await handler().get(keyOf('uniview'), PAGE_CTX)).toBeNull()
    // The next render, begun after the edit, is kept.
    await render('uniview')
    expect(await handler().get(keyOf('uniview'), PAGE_CTX)).not.toBeNull()
  })
})

/**
 * A hung or stopped Redis costs a request at most the client's command timeout (500 ms) once,
 * then nothing; without it a command would wait for ever. The bound leaves a slow machine room.
 */
const NO_HANG_MS = 5000

describe('when Redis goes away', () => {
  test('a stopped Redis: every get is a miss, nothing throws or hangs, the log says so; then it is back', async () => {
    await render('reolink')
    await redis.stop()
    const cache = handler()
    const started = Date.now()
    expect(await cache.get(keyOf('reolink'), PAGE_CTX)).toBeNull()
    await cache.set(keyOf('reolink'), page('reolink'), SET_CTX)
    await cache.revalidateTag(['_N_T_/brands/reolink'])
    expect(await cache.get(keyOf('reolink'), PAGE_CTX)).toBeNull()
    await cache.set(keyOf('reolink'), page('reolink'), SET_CTX)
    // Nothing may be answered from an instance's memory (server/answerCache.mjs) meanwhile.
    expect(await pageGeneration()).toBeNull()
    expect(Date.now() - started).toBeLessThan(NO_HANG_MS)
    expect(logs.filter((line) => /^Redis (lost|unreachable)/.test(line))).toHaveLength(1)
    expect(
      logs.filter((line) => /every page is rendered for each request/.test(line)),
    ).toHaveLength(1)

    await redis.start()
    await until(() => logs.some((line) => /^Redis is back:/.test(line)))
    await render('reolink')
    expect(await handler().get(keyOf('reolink'), PAGE_CTX)).not.toBeNull()
  })

  test('a hung Redis: requests wait at most the command timeout; a revalidation it missed is covered when it is back', async () => {
    let epoch = 0
    await render('annke')
    await render('lorex')
    redis.pause()
    try {
      const started = Date.now()
      // The edit's revalidation cannot be recorded.
      await handler().revalidateTag(['_N_T_/brands/annke'])
      expect(Date.now() - started).toBeLessThan(NO_HANG_MS)
      expect(await handler().get(keyOf('lorex'), PAGE_CTX)).toBeNull()
      expect(Date.now() - started).toBeLessThan(NO_HANG_MS)
      expect(logs.some((line) => /^Redis lost/.test(line))).toBe(true)
    } finally {
      redis.resume()
    }
    const resumed = Date.now()
    // Found again by itself, and the outage covered at once, before this instance serves another page:
    // the other instances serve from Redis meanwhile.
    const look = new Redis(redis.url)
    try {
      await until(() => logs.some((line) => /^Redis is back:/.test(line)))
      await until(
        () => epoch >= resumed,
        5000,
        async () => {
          epoch = Number(await look.get('resethub:page-epoch'))
          await new Promise((r) => setTimeout(r, 50))
        },
      )
    } finally {
      look.disconnect()
    }
    // Back: every page stored before the outage counts as out of date, the edited one first of all.
    expect(await handler().get(keyOf('annke'), PAGE_CTX)).toBeNull()
    expect(await handler().get(keyOf('lorex'), PAGE_CTX)).toBeNull()
    expect(logs.some((line) => /^Redis is back:/.test(line))).toBe(true)
    await render('annke')
    expect(await handler().get(keyOf('annke'), PAGE_CTX)).not.toBeNull()
  })
})

describe('without Redis at run time, or while building', () => {
  test('it is Next’s file-system cache, and never reaches for Redis', async () => {
    const saved = { url: process.env.REDIS_URL, phase: process.env.NEXT_PHASE }
    await closeSharedRedis()
    try {
      process.env.NEXT_PHASE = 'phase-production-build'
      expect((handler() as unknown as { files: unknown }).files).not.toBeNull()
      delete process.env.NEXT_PHASE
      delete process.env.REDIS_URL
      const cache = handler()
      expect((cache as unknown as { files: unknown }).files).not.toBeNull()
      expect(await cache.get('/nothing-here', PAGE_CTX)).toBeNull()
      expect(logs.filter((line) => /Redis/.test(line))).toEqual([])
    } finally {
      process.env.REDIS_URL = saved.url
      if (saved.phase) process.env.NEXT_PHASE = saved.phase
    }
  })
})
