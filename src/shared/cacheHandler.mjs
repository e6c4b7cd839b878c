/**
 * Next's page cache in Redis, shared by every instance (next.config.mjs sets it
 * as `cacheHandler` when REDIS_URL is set). An edit made through any instance
 * is live on all of them on their next request, and the cache outlives restarts.
 *
 * The rule, whatever happens to Redis: no instance serves a page it cannot
 * prove fresh.
 * - A page is stored with the time its render began (Redis's clock, less the
 *   time the render took) and its tags (Next's `x-next-cache-tags`: the page's
 *   path and layouts, which revalidatePath names as `_N_T_/…`).
 * - revalidateTag stores, per tag, when it was revalidated (Redis's clock).
 * - A page is a hit only when none of its tags was revalidated at or after its
 *   render began, in one Lua script (the entry and the times read together). Else
 *   Next renders it again before answering.
 * - While Redis cannot be reached: get is a miss (every request renders fresh),
 *   set is skipped, and a revalidation cannot be recorded. So when Redis is back
 *   after any outage, before reading or writing anything, the instance records an
 *   epoch: every page stored before it counts as out of date. That covers the
 *   revalidations it could not record, and a Redis that came back with older
 *   data (a restart from a snapshot). Each page then renders once more.
 * - A revalidation with a cache-life profile (stale-while-revalidate) is taken
 *   as an immediate expiry: stricter than Next's, and the site uses none.
 *
 * Without REDIS_URL at run time, and during `next build`, it is Next's own
 * file-system cache: the build never needs Redis, and the first request for each
 * page after a deploy renders it into Redis. Either way, each revalidation is
 * then passed on to the front cache (frontCache.mjs). Entries are kept per build (a new
 * build's pages never mix with an old one's), revalidation times for all.
 */
import fs from 'node:fs'
import path from 'node:path'

import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

import { decodeCacheValue, encodeCacheValue } from './cacheValue.mjs'
import { refreshFrontCache } from './frontCache.mjs'
import { GENERATION_KEY, pageChanged } from './pageGeneration.mjs'
import {
  KEY_PREFIX,
  RedisUnavailable,
  noteWithoutRedis,
  redisConfigured,
  redisLosses,
  whenRedisIsBack,
  withRedis,
} from './redis.mjs'

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule

const TAGS_KEY = `${KEY_PREFIX}page-tags`
const EPOCH_KEY = `${KEY_PREFIX}page-epoch`
/** Entries unused this long go (old builds' among them); a page without an expiry of its own renders again after that. */
const MAX_ENTRY_MS = 30 * 24 * 60 * 60 * 1000
const TAGS_HEADER = 'x-next-cache-tags'

/** Redis's clock in milliseconds, inside a script: the same clock for every instance. */
const NOW_MS = `local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)`

// KEYS: entry, tag times, epoch. ARGV: more tags to check (a fetch's). Returns {began, data} or nil.
const GET_SCRIPT = `local entry = redis.call('HMGET', KEYS[1], 'began', 'tags', 'data')
if not entry[3] then return nil end
local began = tonumber(entry[1])
if tonumber(redis.call('GET', KEYS[3]) or '0') > began then return nil end
local function revalidated(tag)
  local at = redis.call('HGET', KEYS[2], tag)
  return at and tonumber(at) >= began
end
for tag in string.gmatch(entry[2], '[^,]+') do
  if revalidated(tag) then return nil end
end
for i = 1, #ARGV do
  if revalidated(ARGV[i]) then return nil end
end
return {entry[1], entry[3]}`

// KEYS: entry. ARGV: how long the render took (ms), tags (comma-separated), data, time to keep (ms).
const SET_SCRIPT = `${NOW_MS}
local began = string.format('%d', now - tonumber(ARGV[1]))
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'began', began, 'tags', ARGV[2], 'data', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return began`

// KEYS: tag times, generation (pageGeneration.mjs). ARGV: the tags.
const REVALIDATE_SCRIPT = `${NOW_MS}
local at = string.format('%d', now)
for i = 1, #ARGV do redis.call('HSET', KEYS[1], ARGV[i], at) end
redis.call('INCR', KEYS[2])
return at`

// KEYS: epoch, generation.
const EPOCH_SCRIPT = `${NOW_MS}
redis.call('SET', KEYS[1], string.format('%d', now))
redis.call('INCR', KEYS[2])
return now`

const withScripts = new WeakSet()
const scripts = (client) => {
  if (!withScripts.has(client)) {
    client.defineCommand('resethubPageGet', { numberOfKeys: 3, lua: GET_SCRIPT })
    client.defineCommand('resethubPageSet', { numberOfKeys: 1, lua: SET_SCRIPT })
    client.defineCommand('resethubPageRevalidate', { numberOfKeys: 2, lua: REVALIDATE_SCRIPT })
    client.defineCommand('resethubPageEpoch', { numberOfKeys: 2, lua: EPOCH_SCRIPT })
    withScripts.add(client)
  }
  return client
}

/** The outage (see redisLosses) whose missed revalidations the epoch already covers. */
let coveredLosses = 0

const coverOutages = async (client) => {
  const losses = redisLosses()
  if (losses === coveredLosses) return
  await client.resethubPageEpoch(EPOCH_KEY, GENERATION_KEY)
  coveredLosses = losses
}

// As soon as Redis is back, not at this instance's next page: the others serve from Redis meanwhile.
whenRedisIsBack(() => withRedis((client) => coverOutages(scripts(client))))

/** Runs `command` on Redis after any outage is covered; `fallback` when Redis cannot be used. */
const onRedis = async (command, fallback) => {
  try {
    return await withRedis(async (client) => {
      await coverOutages(scripts(client))
      return command(client)
    })
  } catch (error) {
    if (!(error instanceof RedisUnavailable)) throw error
    noteWithoutRedis(
      'page cache',
      'every page is rendered for each request (no instance serves one it cannot prove fresh); the shared cache resumes when Redis is back.',
    )
    return fallback
  }
}

/**
 * When each page's render began, as this process saw it: Next renders after a
 * miss, so a page is stored as of its miss, and an edit published while it
 * rendered leaves it out of date rather than fresh.
 */
const missedAt = new Map()
/** No render takes this long: an older record is one whose render never stored its page. */
const RENDER_LIMIT_MS = 10 * 1000

const renderStarted = (key) => {
  const now = Date.now()
  if (missedAt.size > 1000) {
    for (const [k, at] of missedAt) if (now - at > RENDER_LIMIT_MS) missedAt.delete(k)
  }
  // Concurrent misses share one render (Next batches them): the first one's time counts.
  const earlier = missedAt.get(key)
  if (earlier === undefined || now - earlier > RENDER_LIMIT_MS) missedAt.set(key, now)
}

const renderTook = (key) => {
  const at = missedAt.get(key)
  missedAt.delete(key)
  return at === undefined ? 0 : Math.min(Math.max(0, Date.now() - at), RENDER_LIMIT_MS)
}

const buildIds = new Map()
/** Entries are kept per build: a page rendered by another build refers to scripts this one does not have. */
const buildIdOf = (serverDistDir) => {
  if (!buildIds.has(serverDistDir)) {
    let id = 'unknown'
    try {
      id = fs.readFileSync(path.join(serverDistDir ?? '', '..', 'BUILD_ID'), 'utf8').trim() || id
    } catch {
      // no build (a test): one namespace for all
    }
    buildIds.set(serverDistDir, id)
  }
  return buildIds.get(serverDistDir)
}

const tagsOf = (data, ctx) => {
  if (data.kind === 'FETCH') return [...(ctx?.tags ?? data.tags ?? [])]
  const header = data.headers?.[TAGS_HEADER]
  return typeof header === 'string' ? header.split(',').filter(Boolean) : []
}

const keepFor = (cacheControl) =>
  typeof cacheControl?.expire === 'number'
    ? Math.min(Math.max(1000, cacheControl.expire * 1000), MAX_ENTRY_MS)
    : MAX_ENTRY_MS

const onRedisAtRunTime = () =>
  redisConfigured() && process.env.NEXT_PHASE !== 'phase-production-build'

export default class RedisCacheHandler {
  /** @param {any} ctx what Next gives every cache handler (a new one per request) */
  constructor(ctx) {
    this.files = onRedisAtRunTime() && !ctx?.dev ? null : new FileSystemCache(ctx)
    this.prefix = `${KEY_PREFIX}page:${buildIdOf(ctx?.serverDistDir)}:`
  }

  async get(key, ctx) {
    if (this.files) return this.files.get(key, ctx)
    const extraTags = ctx?.kind === 'FETCH' ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : []
    const found = await onRedis(
      (client) => client.resethubPageGet(this.prefix + key, TAGS_KEY, EPOCH_KEY, ...extraTags),
      null,
    )
    if (!found) {
      renderStarted(key)
      return null
    }
    const [began, data] = found
    const { value, cacheControl } = decodeCacheValue(data)
    return { lastModified: Number(began), value, cacheControl }
  }

  async set(key, data, ctx) {
    // A page stored anew may differ from the answers kept in memory (pageGeneration.mjs).
    pageChanged()
    if (this.files) return this.files.set(key, data, ctx)
    const took = renderTook(key)
    if (!data) return
    const cacheControl = ctx?.fetchCache ? undefined : ctx?.cacheControl
    const stored = encodeCacheValue({ value: data, cacheControl })
    await onRedis(
      (client) =>
        client.resethubPageSet(
          this.prefix + key,
          took,
          tagsOf(data, ctx).join(','),
          stored,
          keepFor(cacheControl),
        ),
      undefined,
    )
  }

  async revalidateTag(tags, durations) {
    const list = [tags].flat().filter(Boolean)
    if (this.files) await this.files.revalidateTag(tags, durations)
    else if (list.length)
      await onRedis(
        (client) => client.resethubPageRevalidate(TAGS_KEY, GENERATION_KEY, ...list),
        undefined,
      )
    pageChanged()
    // Recorded: an instance asked for these pages now renders them anew. Not awaited: the
    // request that published has answered already and need not wait for the front cache.
    void refreshFrontCache(list)
  }

  resetRequestCache() {}
}
