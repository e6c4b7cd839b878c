/**
 * Counts the SQL statements the SQLite adapter sends (drizzle's query logger):
 * the benchmark and a test read it to show that a page's queries do not grow
 * with its content. Kept on globalThis because Next may bundle this module
 * more than once in one server.
 */
const store = globalThis as typeof globalThis & { __resethubQueries?: number }

export const queryCounter = {
  logQuery: () => {
    store.__resethubQueries = (store.__resethubQueries ?? 0) + 1
  },
}

/** Statements sent so far by this process. */
export const queriesSoFar = () => store.__resethubQueries ?? 0
