/**
 * A number that changes whenever any page may have changed: each revalidation
 * and each page stored by this process, and, with REDIS_URL, each revalidation
 * recorded in Redis by any instance and each return of Redis after an outage.
 * server/answerCache.mjs keeps an answer only for the generation it was made
 * in, so a publish through any instance ends every kept answer everywhere.
 *
 * Shared between the page cache handler (loaded by Next) and server.mjs through
 * globalThis, as src/shared/redis.mjs shares its connection.
 */
import { KEY_PREFIX, RedisUnavailable, redisConfigured, redisLosses, withRedis } from './redis.mjs'

/** Incremented in Redis with every revalidation recorded there (cacheHandler.mjs). */
export const GENERATION_KEY = `${KEY_PREFIX}page-generation`

const STATE = Symbol.for('resethub.pageGeneration')
const state = () => (globalThis[STATE] ??= { local: 0 })

/** Something this process did may have changed a page. */
export const pageChanged = () => {
  state().local += 1
}

/**
 * The generation now, or null when it cannot be known (Redis configured but not
 * answering): then nothing may be answered from memory.
 * @returns {Promise<string | null>}
 */
export const pageGeneration = async () => {
  const local = state().local
  if (!redisConfigured()) return String(local)
  try {
    const shared = await withRedis((client) => client.get(GENERATION_KEY))
    // An outage may have hidden revalidations: their count is part of the generation.
    return `${shared ?? 0}:${redisLosses()}:${local}`
  } catch (error) {
    if (error instanceof RedisUnavailable) return null
    throw error
  }
}
