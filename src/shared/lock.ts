import { randomUUID } from 'node:crypto'

import { KEY_PREFIX, RedisUnavailable, redisConfigured, withRedis } from './redis.mjs'

export { RedisUnavailable }

/** Deletes the lock only if it is still ours: one that expired and was taken by another instance stays theirs. */
const RELEASE_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`

const POLL_MS = 50

const keyOf = (name: string) => `${KEY_PREFIX}lock:${name}`

export type LockOptions = {
  /** How long the lock holds if its holder never releases it (a crash). */
  ttlMs: number
  /** How long to wait for another holder to finish; 0: give up at once. */
  waitMs?: number
}

export type LockOutcome<T> = { ran: true; value: T } | { ran: false }

/**
 * Runs `work` while holding the site-wide lock `name` (Redis SET NX PX with a
 * token of its own), so that one instance at a time runs it. When another holds
 * it, waits up to `waitMs`, then gives up ({ ran: false }). Without REDIS_URL
 * there is one process and `work` just runs (callers keep their in-process
 * guards). Throws RedisUnavailable when Redis is configured but unreachable:
 * nothing can say whether another instance is at it, so the caller decides.
 */
export const withLock = async <T>(
  name: string,
  { ttlMs, waitMs = 0 }: LockOptions,
  work: () => Promise<T>,
): Promise<LockOutcome<T>> => {
  if (!redisConfigured()) return { ran: true, value: await work() }
  const key = keyOf(name)
  const token = randomUUID()
  const deadline = Date.now() + waitMs
  for (;;) {
    const taken = await withRedis((client) => client.set(key, token, 'PX', ttlMs, 'NX'))
    if (taken === 'OK') break
    if (Date.now() >= deadline) return { ran: false }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  try {
    return { ran: true, value: await work() }
  } finally {
    // If Redis went away meanwhile, the lock simply expires.
    await withRedis((client) => client.eval(RELEASE_SCRIPT, 1, key, token)).catch(() => undefined)
  }
}
