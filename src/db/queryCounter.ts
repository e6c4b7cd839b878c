/**
 * Counts the SQL statements the SQLite or PostgreSQL adapter sends (drizzle's query logger):
 * the benchmark and a test read it to show that a page's queries do not grow
 * with its content. Kept on globalThis because Next may bundle this module
 * more than once in one server. LOG_QUERIES=1 also prints each statement (its
 * SQL, never its values) with a millisecond clock, to see where a render waits.
 */
const store = globalThis as typeof globalThis & { __resethubQueries?: number }

export const queryCounter = {
  logQuery: (sql: string) => {
    if (process.env.LOG_QUERIES === '1')
      console.error(`[sql ${performance.now().toFixed(1)} ms] ${sql.slice(0, 200)}`)
    store.__resethubQueries = (store.__resethubQueries ?? 0) + 1
  },
}

/** Statements sent so far by this process. */
export const queriesSoFar = () => store.__resethubQueries ?? 0
