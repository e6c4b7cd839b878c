import { APIError } from 'payload'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/**
 * Limits for readers' writes (cases, feedback), per client address hash.
 * In memory, per server process; several instances would use the library's
 * MongoDB store instead. RATE_LIMIT_FACTOR multiplies every allowance (the
 * benchmark raises it; production leaves it at 1).
 */
const factor = () => Math.max(1, Number(process.env.RATE_LIMIT_FACTOR) || 1)

/** One window of a limit: `points` writes per `duration` seconds. */
export type LimitWindow = { points: number; duration: number }

const limiters = new Map<string, RateLimiterMemory[]>()

const limitersFor = (name: string, windows: LimitWindow[]) => {
  const key = `${name}:${factor()}`
  let found = limiters.get(key)
  if (!found) {
    found = windows.map((w) => new RateLimiterMemory({ keyPrefix: `${name}-${w.duration}`, points: w.points * factor(), duration: w.duration }))
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
  seconds < 90 ? `${seconds} seconds` : seconds < 5400 ? `${Math.ceil(seconds / 60)} minutes` : `${Math.ceil(seconds / 3600)} hours`

/** Counts one write for `key`; past the limit throws a 429 saying when to try again. */
export const consume = async (name: string, windows: LimitWindow[], key: string, what: string) => {
  for (const limiter of limitersFor(name, windows)) {
    try {
      await limiter.consume(key)
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result
      const seconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000))
      throw new APIError(`Too many ${what} from your connection. Please try again in ${describeWait(seconds)}.`, 429, { retryAfter: seconds }, true)
    }
  }
}
