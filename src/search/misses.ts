import type { Payload } from 'payload'

import { termsOf } from './text'

/**
 * Searches that found nothing, counted for editors (the `search-misses`
 * collection): the query's words only. Anything that looks like an e-mail
 * address or a phone number is dropped before the words are taken, and the
 * table is capped, so neither a reader's details nor a flood of made-up
 * queries end up in it.
 */
export const MISSES = { maxWords: 8, maxLength: 100, maxRows: 1000 }

const EMAIL = /\S+@\S+/g
const PHONE = /\+?\d[\d\s().-]{6,}\d/g

/** The words a missed query is counted under, or null when none are left. */
export const missKey = (query: string): string | null => {
  const words = termsOf(query.replace(EMAIL, ' ').replace(PHONE, ' ')).slice(0, MISSES.maxWords)
  const key = words.join(' ').slice(0, MISSES.maxLength).trim()
  return key || null
}

const local = { overrideAccess: true, depth: 0 } as const

const countOnce = async (payload: Payload, key: string, now: string) => {
  const { docs } = await payload.find({
    collection: 'search-misses',
    ...local,
    where: { query: { equals: key } },
    limit: 1,
    pagination: false,
  })
  if (docs[0]) {
    await payload.update({
      collection: 'search-misses',
      id: docs[0].id,
      ...local,
      data: { count: (docs[0].count ?? 0) + 1, lastSeen: now },
    })
    return
  }
  const { totalDocs } = await payload.count({ collection: 'search-misses', ...local })
  if (totalDocs >= MISSES.maxRows) {
    // Full: the rarest, longest-unseen query makes room.
    const { docs: rarest } = await payload.find({
      collection: 'search-misses',
      ...local,
      sort: ['count', 'lastSeen'],
      limit: totalDocs - MISSES.maxRows + 1,
      pagination: false,
    })
    await payload.delete({
      collection: 'search-misses',
      ...local,
      where: { id: { in: rarest.map((d) => d.id) } },
    })
  }
  await payload.create({
    collection: 'search-misses',
    ...local,
    data: { query: key, count: 1, firstSeen: now, lastSeen: now },
  })
}

// One write at a time from this process: two readers missing the same words at once make one row, counted twice.
let queue: Promise<unknown> = Promise.resolve()

/** Counts a missed query; resolves when it is written. Never throws: counting must not break a search. */
export const recordMiss = (payload: Payload, query: string, now = new Date()): Promise<void> => {
  const key = missKey(query)
  if (!key) return Promise.resolve()
  const run = async () => {
    try {
      await countOnce(payload, key, now.toISOString())
    } catch {
      // Another instance made the row between our read and our write (the query is unique): count on it.
      await countOnce(payload, key, now.toISOString()).catch((err) =>
        payload.logger.warn({ msg: 'A missed search was not counted.', err }),
      )
    }
  }
  const next = queue.then(run)
  queue = next
  return next
}
