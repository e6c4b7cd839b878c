import { APIError } from 'payload'
import {
  type IRateLimiterOptions,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible'

import { KEY_PREFIX, firstConnection, noteWithoutRedis, sharedRedis } from '../shared/redis.mjs'

/**
 * Limits for readers' writes (cases, feedback) and sign-ins, per client address
 * hash. With REDIS_URL the counts live in Redis, so an allowance is the site's
 * whole, however many instances serve it; while Redis cannot be reached each
 * instance counts on its own (the library's insurance limiter), so a limit
 * still holds per instance. Without REDIS_URL: in memory, per process.
 * RATE_LIMIT_FACTOR multiplies every allowance (the benchmark raises it;
 * production leaves it at 1).
 */
const factor = () => Math.max(1, Number(process.env.RATE_LIMIT_FACTOR) || 1)

/** One window of a limit: `points` writes per `duration` seconds. */
export type LimitWindow = { points: number; duration: number }

/** Counts in this process, used only while Redis is away: says so in the log. */
class WhileRedisIsAway extends RateLimiterMemory {
  consume(key: string | number, points?: number, options?: { [key: string]: unknown }) {
    noteWithoutRedis(
      'rate limits',
      'rate limits count on each instance alone, so an allowance holds per instance until Redis is back.',
    )
    return super.consume(key, points, options)
  }
}

type Limiter = RateLimiterMemory | RateLimiterRedis

const limiterFor = (options: IRateLimiterOptions): Limiter => {
  const redis = sharedRedis()
  if (!redis) return new RateLimiterMemory(options)
  return new RateLimiterRedis({
    ...options,
    keyPrefix: `${KEY_PREFIX}${options.keyPrefix}`,
    storeClient: redis,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new WhileRedisIsAway(options),
  })
}

const limiters = new Map<string, Limiter[]>()

const limitersFor = (name: string, windows: LimitWindow[]) => {
  const key = `${name}:${factor()}`
  let found = limiters.get(key)
  if (!found) {
    found = windows.map((w) =>
      limiterFor({
        keyPrefix: `${name}-${w.duration}`,
        points: w.points * factor(),
        duration: w.duration,
      }),
    )
    limiters.set(key, found)
  }
  return found
}

export const CASE_LIMITS: LimitWindow[] = [
  { points: 5, duration: 10 * 60 },
  { points: 20, duration: 24 * 60 * 60 },
]
/** Password-reset mails: per address asked for, and per client asking. */
export const RESET_PER_EMAIL_LIMITS = [{ points: 3, duration: 15 * 60 }]
export const RESET_PER_CLIENT_LIMITS = [
  { points: 10, duration: 60 * 60 },
  { points: 30, duration: 24 * 60 * 60 },
]
/**
 * Sign-in attempts per client, beside the per-account lockout (five wrong
 * passwords): one client cannot try password after password across accounts.
 */
export const LOGIN_PER_CLIENT_LIMITS = [
  { points: 30, duration: 10 * 60 },
  { points: 200, duration: 24 * 60 * 60 },
]
export const FEEDBACK_LIMITS = [
  { points: 10, duration: 10 * 60 },
  { points: 50, duration: 24 * 60 * 60 },
]

const describeWait = (seconds: number) =>
  seconds < 90
    ? `${seconds} seconds`
    : seconds < 5400
      ? `${Math.ceil(seconds / 60)} minutes`
      : `${Math.ceil(seconds / 3600)} hours`

/** Counts one write for `key`; past the limit throws a 429 saying when to try again. */
export const consume = async (name: string, windows: LimitWindow[], key: string, what: string) => {
  await firstConnection()
  for (const limiter of limitersFor(name, windows)) {
    try {
      await limiter.consume(key)
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result
      const seconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000))
      throw new APIError(
        `Too many ${what} from your connection. Please try again in ${describeWait(seconds)}.`,
        429,
        { retryAfter: seconds },
        true,
      )
    }
  }
}
