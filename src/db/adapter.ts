import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { migrations as postgresMigrations } from '../migrations-postgres'

import { closingPools } from './postgresPools'
import { queryCounter } from './queryCounter'
import { serialTransactions } from './serialTransactions'

export const DEFAULT_DATABASE_URI = 'file:./data/resethub.db'

const BUSY_TIMEOUT_MS = 5000

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/**
 * Where `npm run payload migrate:create` writes each SQL adapter's migrations
 * (the schemas differ, so each has its own). Relative to the project, as the
 * CLI runs from there.
 */
export const MIGRATION_DIRS = {
  sqlite: 'src/migrations',
  postgres: 'src/migrations-postgres',
} as const

/**
 * MongoDB in production runs as a replica set. A write is acknowledged once a
 * majority of its members have it in their journals, so it survives the
 * primary's crash or failover; Payload's operations run in transactions
 * (replica sets only) that read and commit at the majority level.
 */
export const MONGO_DURABILITY = {
  connectOptions: { writeConcern: { w: 'majority' as const, journal: true } },
  transactionOptions: {
    readConcern: { level: 'majority' as const },
    writeConcern: { w: 'majority' as const, journal: true },
  },
}

/**
 * Which adapter a DATABASE_URI selects: MongoDB for mongodb:// and mongodb+srv://,
 * PostgreSQL for postgres:// and postgresql://, else SQLite.
 */
export const databaseKind = (uri: string): DatabaseKind => {
  if (/^mongodb(\+srv)?:\/\//i.test(uri)) return 'mongodb'
  if (/^postgres(ql)?:\/\//i.test(uri)) return 'postgres'
  return 'sqlite'
}

/** DATABASE_REPLICA_URIS: PostgreSQL read replicas, comma-separated (empty: none). */
export const readReplicaUris = (
  value: string | undefined = process.env.DATABASE_REPLICA_URIS,
): string[] =>
  (value ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean)

/** SQLite cannot create the folder of its file, so make it first. */
const ensureSqliteFolder = (uri: string) => {
  if (!uri.startsWith('file:')) return
  const file = uri.slice('file:'.length).split('?')[0]
  if (!file || file === ':memory:') return
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

export const databaseAdapter = (
  uri: string = process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
  replicas: string[] = readReplicaUris(),
): DatabaseAdapterObj => {
  const kind = databaseKind(uri)
  if (kind === 'mongodb') {
    return mongooseAdapter({ url: uri, ...MONGO_DURABILITY })
  }
  if (kind === 'postgres') {
    return closingPools(
      postgresAdapter({
        pool: { connectionString: uri },
        // Reads may go to a replica; writes, and reads inside a transaction, stay on the primary.
        readReplicas: replicas.length ? replicas : undefined,
        logger: queryCounter,
        // As for SQLite: the schema comes from committed migrations only.
        push: false,
        migrationDir: path.resolve(MIGRATION_DIRS.postgres),
        prodMigrations: postgresMigrations,
      }),
    )
  }
  ensureSqliteFolder(uri)
  const adapter = sqliteAdapter({
    client: { url: uri },
    // Every write reaches the disk before it is acknowledged.
    wal: { synchronous: 'FULL' },
    busyTimeout: BUSY_TIMEOUT_MS,
    // Payload's operations and our multi-write endpoints run in transactions (the SQLite
    // adapter has none unless asked). libsql begins them IMMEDIATE, taking the write lock
    // at BEGIN: a deferred transaction that read first would fail, not wait, to write.
    transactionOptions: { behavior: 'immediate' },
    // A counter, not a log: one increment per statement (see queryCounter.ts).
    logger: queryCounter,
    // The schema comes from committed migrations only, in development too, so
    // what runs in production is what was tested.
    push: false,
    migrationDir: path.resolve(MIGRATION_DIRS.sqlite),
    prodMigrations: migrations,
  })
  return serialTransactions(adapter, [
    `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`,
    'PRAGMA synchronous = FULL',
  ])
}
