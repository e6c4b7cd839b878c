import type { Endpoint } from 'payload'

import { queriesSoFar } from './queryCounter'

/**
 * GET /api/bench/queries: how many SQL statements this server has sent. Only
 * mounted when BENCH=1 (the benchmark's server), never in a normal run.
 */
export const benchQueries: Endpoint = {
  path: '/bench/queries',
  method: 'get',
  handler: () => Response.json({ queries: queriesSoFar() }),
}
