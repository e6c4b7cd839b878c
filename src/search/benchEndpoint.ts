import type { Endpoint } from 'payload'

import { searchIndex } from './'

/**
 * GET /api/bench/search: the figures of this server's search index (build
 * time, documents, words, size as serialized JSON, a measure of its memory).
 * Only mounted when BENCH=1 (the benchmark's server), never in a normal run.
 */
export const benchSearch: Endpoint = {
  path: '/bench/search',
  method: 'get',
  handler: () => {
    const snapshot = searchIndex().snapshot
    if (!snapshot) return Response.json({ built: false })
    return Response.json({
      built: true,
      buildMs: snapshot.buildMs,
      documents: snapshot.documents,
      words: snapshot.vocabulary.size,
      serializedBytes: JSON.stringify(snapshot.engine).length,
    })
  },
}
