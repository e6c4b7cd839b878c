/**
 * The one Redis connection of this process, when REDIS_URL is set: Next's page
 * cache, the readers' rate limits and the site-wide locks share it. Without
 * REDIS_URL none of this runs and everything stays in the process, as before.
 *
 * Plain JavaScript because Next loads the page cache handler itself, outside the
 * app's bundles; the state lives on globalThis so that the handler, the API
 * routes and the pages (bundled apart) reach the same connection.
 *
 * A dead Redis never hangs a request: commands fail at once while the
 * connection is down (no offline queue) and time out after COMMAND_TIMEOUT_MS
 * when it hangs. The log says once when Redis is lost and once when it is back;
 * each feature says once per outage what it does meanwhile (`noteWithoutRedis`).
 */
import { Redis } from 'ioredis'

const COMMAND_TIMEOUT_MS = 500
/** After a failed command, the next one is tried this much later (a hung Redis would cost each request the timeout). */
const RETRY_AFTER_MS = 1000

/** Every key this site writes starts with this. */
export const KEY_PREFIX = 'resethub:'

const redisUrl = () => process.env.REDIS_URL?.trim() || undefined

/** Is the site meant to share its state through Redis? (Not: is Redis reachable now.) */
export const redisConfigured = () => Boolean(redisUrl())

/** Thrown by `withRedis` when Redis is configured but cannot be used now. */
export class RedisUnavailable extends Error {
  constructor(cause) {
    super(`Redis is unavailable${cause ? `: ${cause.message ?? cause}` : ''}`)
    this.name = 'RedisUnavailable'
  }
}

const STATE = Symbol.for('resethub.redis')

/**
 * @typedef {object} State
 * @property {Redis | null} client
 * @property {string | undefined} url the REDIS_URL the client was made for
 * @property {'connecting' | 'up' | 'down'} status
 * @property {number} losses how many times Redis was lost (or found unreachable) since the start
 * @property {number} retryAt when a command may be tried again after a failure
 * @property {Map<string, number>} noted per feature, the outage (`losses`) it last logged
 * @property {Set<() => Promise<unknown>>} whenBack what to do as soon as Redis is back
 * @property {NodeJS.Timeout | null} probe asks a hung Redis, now and then, whether it answers again
 */

/** @returns {State} */
const state = () =>
  (globalThis[STATE] ??= {
    client: null,
    url: undefined,
    status: 'connecting',
    losses: 0,
    retryAt: 0,
    noted: new Map(),
    whenBack: new Set(),
    probe: null,
  })

/** The address without its password, for the log. */
const shown = (url) => {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'REDIS_URL'
  }
}

const reasonOf = (error) =>
  error && typeof error === 'object' && 'message' in error ? error.message : String(error)

/** Marks Redis as gone: logs once per outage, and counts the outage. */
const goDown = (reason) => {
  const s = state()
  if (s.status === 'down') return
  const first = s.status === 'connecting'
  s.status = 'down'
  s.losses += 1
  console.error(
    `Redis ${first ? 'unreachable' : 'lost'} (${reason}): this instance goes on without it, and says below what that changes, until it is back.`,
  )
  startProbe()
}

/**
 * A closed connection comes back by itself (ioredis reconnects and says 'ready');
 * one that stays open while its commands time out (a hung server) does not, so
 * while Redis counts as gone it is asked once a second.
 */
const startProbe = () => {
  const s = state()
  if (s.probe) return
  s.probe = setInterval(() => {
    const client = s.client
    if (s.status !== 'down' || !client) return stopProbe()
    if (client.status !== 'ready') return
    client.ping().then(reportRedisSuccess, () => undefined)
  }, RETRY_AFTER_MS)
  s.probe.unref()
}

const stopProbe = () => {
  const s = state()
  clearInterval(s.probe ?? undefined)
  s.probe = null
}

/** A command or the connection failed: Redis counts as gone, and is tried again a moment later. */
const reportRedisFailure = (error) => {
  state().retryAt = Date.now() + RETRY_AFTER_MS
  goDown(reasonOf(error))
}

/** Redis answered: logs once when it is back after an outage. */
const reportRedisSuccess = () => {
  const s = state()
  if (s.status === 'up') return
  const back = s.status === 'down'
  s.status = 'up'
  stopProbe()
  if (back) console.info('Redis is back: the page cache, rate limits and locks are shared again.')
  else
    console.info(
      `Redis connected (${shown(s.url)}): the page cache, rate limits and locks are shared by every instance.`,
    )
  for (const then of s.whenBack) then().catch(() => undefined)
}

/** Runs `then` each time Redis becomes usable (after a start without it, or an outage). */
export const whenRedisIsBack = (then) => {
  state().whenBack.add(then)
}

/** Logs `what` (what a feature does without Redis) once per outage. */
export const noteWithoutRedis = (feature, what) => {
  const s = state()
  if (s.noted.get(feature) === s.losses) return
  s.noted.set(feature, s.losses)
  console.warn(`Without Redis: ${what}`)
}

/**
 * How many times this process lost Redis so far. Every write meant for Redis
 * that did not reach it happened during one of these outages, so a feature that
 * must not lose a write does its catching up when this number has moved.
 */
export const redisLosses = () => state().losses

/** The shared client, created on first use; null without REDIS_URL. */
export const sharedRedis = () => {
  const url = redisUrl()
  if (!url) return null
  const s = state()
  if (s.client && s.url === url) return s.client
  if (s.client) drop(s.client)
  s.url = url
  s.status = 'connecting'
  const client = new Redis(url, {
    enableOfflineQueue: false,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    // Try again soon and for ever: an instance must find Redis again by itself.
    retryStrategy: (times) => Math.min(100 * times, 1000),
  })
  client.on('ready', reportRedisSuccess)
  // Without a listener an 'error' event would end the process.
  client.on('error', reportRedisFailure)
  client.on('close', () => {
    if (s.client === client && s.status === 'up') reportRedisFailure(new Error('connection closed'))
  })
  s.client = client
  return client
}

/** Stops a client for good: no more reconnecting, no more reports. */
const drop = (client) => {
  client.removeAllListeners()
  client.on('error', () => {})
  client.disconnect()
}

/** The client if a command is worth trying now: connected, and not just failed. */
const usableRedis = () => {
  const client = sharedRedis()
  if (!client || client.status !== 'ready') return null
  const s = state()
  return s.status === 'up' || Date.now() >= s.retryAt ? client : null
}

const FIRST_CONNECTION_WAIT_MS = 1000

/** A process that has just started waits a moment for its first connection rather than doing without. */
export const firstConnection = async () => {
  const client = sharedRedis()
  if (!client || state().status !== 'connecting' || client.status === 'ready') return
  await new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      client.off('ready', done)
      resolve(undefined)
    }
    const timer = setTimeout(done, FIRST_CONNECTION_WAIT_MS).unref()
    client.once('ready', done)
  })
}

/**
 * Runs `command` with the shared client. Throws RedisUnavailable when Redis is
 * not configured, or cannot be used now (which counts as an outage).
 * @template T
 * @param {(client: Redis) => Promise<T>} command
 * @returns {Promise<T>}
 */
export const withRedis = async (command) => {
  if (!redisConfigured()) throw new RedisUnavailable('REDIS_URL is not set')
  await firstConnection()
  const client = usableRedis()
  if (!client) {
    // Whatever was meant for Redis did not reach it: that is an outage too (see redisLosses).
    goDown('not connected')
    throw new RedisUnavailable()
  }
  try {
    const result = await command(client)
    reportRedisSuccess()
    return result
  } catch (error) {
    reportRedisFailure(error)
    throw new RedisUnavailable(error)
  }
}

/** Closes this process's connection (tests, shutdown); the next use opens a new one. */
export const closeSharedRedis = async () => {
  const s = state()
  const client = s.client
  s.client = null
  s.url = undefined
  s.status = 'connecting'
  stopProbe()
  if (!client) return
  client.removeAllListeners()
  client.on('error', () => {})
  await client.quit().catch(() => undefined)
  client.disconnect()
}
