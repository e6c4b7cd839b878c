import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

type SqliteAdapter = BaseDatabaseAdapter & {
  client?: { execute: (sql: string) => Promise<unknown> }
}

/** Longest wait for the queue before a transaction goes ahead anyway (and meets SQLite's own busy handling). */
const QUEUE_TIMEOUT_MS = 5000

/**
 * SQLite lets one transaction write at a time. The SQLite adapter runs each
 * transaction on a connection of its own (libsql hands its connection to the
 * transaction and opens a fresh one for what follows), so concurrent writers
 * would wait in SQLite's busy handler, which sleeps in steps of up to 100 ms.
 * Here they queue in the process instead and each starts the moment the one
 * before it ends. The fresh connections carry none of the adapter's pragmas,
 * so each gets them as it opens (the first one got them from the adapter): a
 * write is on disk before it is acknowledged, and a writer from another
 * process (the seed, a CLI) waits rather than fails.
 */
export const serialTransactions = (
  adapterObj: DatabaseAdapterObj,
  pragmas: string[],
): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as SqliteAdapter
    const begin = adapter.beginTransaction.bind(adapter)
    const commit = adapter.commitTransaction.bind(adapter)
    const rollback = adapter.rollbackTransaction.bind(adapter)
    const turns = new Map<number | string, () => void>()
    let last: Promise<void> = Promise.resolve()

    const waitForTurn = async () => {
      let release!: () => void
      const mine = new Promise<void>((resolve) => (release = resolve))
      const before = last
      last = before.then(() => mine)
      let timer: NodeJS.Timeout | undefined
      const timedOut = await Promise.race([
        before.then(() => false),
        new Promise<boolean>(
          (resolve) => (timer = setTimeout(() => resolve(true), QUEUE_TIMEOUT_MS)),
        ),
      ])
      clearTimeout(timer)
      if (timedOut)
        adapter.payload.logger.warn(
          'A transaction waited 5 s for the one before it; going ahead (a write without `req` inside a hook?)',
        )
      return release
    }

    adapter.beginTransaction = async (options) => {
      const release = await waitForTurn()
      try {
        const id = await begin(options)
        // libsql has handed its connection to the transaction; this opens the fresh one that follows, with the pragmas.
        for (const pragma of pragmas) await adapter.client?.execute(pragma)
        if (id === null) release()
        else turns.set(id, release)
        return id
      } catch (error) {
        release()
        throw error
      }
    }
    const end = (finish: typeof commit) => async (id: Parameters<typeof commit>[0]) => {
      const key = id instanceof Promise ? await id : id
      try {
        await finish(key)
      } finally {
        turns.get(key)?.()
        turns.delete(key)
      }
    }
    adapter.commitTransaction = end(commit)
    adapter.rollbackTransaction = end(rollback)
    return adapter
  },
})
