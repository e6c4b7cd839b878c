import { RedisUnavailable, withLock } from '../shared/lock'
import { noteWithoutRedis } from '../shared/redis.mjs'

/** Longest a queue run holds its lock if its instance dies mid-run (the scheduler's request gives up at 55 s). */
const QUEUE_LOCK_MS = 55_000

export type QueueRun = 'ran' | 'busy' | 'waiting-for-redis'

/**
 * Runs one pass over a job queue on one instance at a time. Payload marks the
 * jobs it takes (`processing`), but finds them and marks them in two steps, so
 * two instances running one queue at the same moment could both take a job;
 * this lock closes that gap. Another instance running the queue: 'busy' (it
 * takes the due jobs). While Redis cannot be reached the queue waits, since no
 * instance can tell whether another is running it. Without REDIS_URL it just runs.
 */
export const runQueueAlone = async (
  queue: string,
  run: () => Promise<unknown>,
): Promise<QueueRun> => {
  try {
    const outcome = await withLock(`jobs:${queue}`, { ttlMs: QUEUE_LOCK_MS }, run)
    return outcome.ran ? 'ran' : 'busy'
  } catch (error) {
    if (!(error instanceof RedisUnavailable)) throw error
    noteWithoutRedis(
      'jobs',
      'scheduled publishing and e-mail wait until Redis is back (no instance can tell whether another is running them).',
    )
    return 'waiting-for-redis'
  }
}
