import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'
import type pg from 'pg'

type PostgresAdapter = BaseDatabaseAdapter & { pg: typeof pg; pool?: pg.Pool }

/** Longest wait for queries still running when Payload stops. */
const END_TIMEOUT_MS = 10_000

/**
 * Closes the PostgreSQL adapter's connection pools when Payload is destroyed.
 * Payload 3.90's adapter leaves them open, so a command-line script (the seed,
 * the migrations at start) would never exit. It also keeps the client it
 * checks out to test each new pool (payloadcms/payload#15674: fixed upstream by
 * releasing it, as done here once Payload has put its listener on it), and a
 * pool holding a client can never end. Each pool the adapter opens (the
 * primary's and each read replica's) is tracked; destroy ends them after the
 * queries still running, and the next connect (Next's hot reload destroys and
 * reconnects) opens new ones. A connection the server ends is logged, not
 * thrown.
 */
export const closingPools = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as PostgresAdapter
    const pools = new Set<pg.Pool>()

    class TrackedPool extends adapter.pg.Pool {
      constructor(options?: pg.PoolConfig) {
        super(options)
        pools.add(this)
        // A connection the server ends (a restart, a failover, an administrator) is logged, whether it was idle
        // or between two queries of a transaction: pg reports it as an `error` event, which would otherwise end
        // the process. The pool drops it; whoever held it sees its next query fail.
        this.on('connect', (client) =>
          client.on('error', (error) =>
            adapter.payload.logger.warn(`PostgreSQL ended a connection: ${error.message}`),
          ),
        )
        // An idle one is reported again by the pool: logged above already.
        this.on('error', () => {})
        // The first checkout of a new pool is Payload's connection test, which it never hands back.
        const checkOut = this.connect.bind(this) as (
          callback?: unknown,
        ) => Promise<pg.PoolClient> | void
        let tested = false
        this.connect = ((callback?: unknown) => {
          if (tested || callback) return checkOut(callback)
          tested = true
          return (checkOut() as Promise<pg.PoolClient>).then((client) => {
            setImmediate(() => client.release())
            return client
          })
        }) as pg.Pool['connect']
      }
    }
    adapter.pg = { ...adapter.pg, Pool: TrackedPool }

    const destroy = adapter.destroy?.bind(adapter)
    adapter.destroy = async () => {
      await destroy?.()
      const open = [...pools]
      pools.clear()
      adapter.pool = undefined
      const ended = Promise.all(open.map((pool) => pool.end()))
      let timer: NodeJS.Timeout | undefined
      const late = new Promise<boolean>(
        (resolve) => (timer = setTimeout(() => resolve(true), END_TIMEOUT_MS)),
      )
      if (await Promise.race([ended.then(() => false), late])) {
        adapter.payload.logger.warn(
          `PostgreSQL connections still busy ${END_TIMEOUT_MS / 1000} s after Payload stopped; leaving them to close.`,
        )
      }
      clearTimeout(timer)
    }
    return adapter
  },
})
