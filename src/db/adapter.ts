import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { queryCounter } from './queryCounter'

export const DEFAULT_DATABASE_URI = 'file:./data/resethub.db'

export type DatabaseKind = 'sqlite' | 'mongodb'

/** Which adapter a DATABASE_URI selects: MongoDB for mongodb:// and mongodb+srv://, else SQLite. */
export const databaseKind = (uri: string): DatabaseKind =>
  /^mongodb(\+srv)?:\/\//i.test(uri) ? 'mongodb' : 'sqlite'

/** SQLite cannot create the folder of its file, so make it first. */
const ensureSqliteFolder = (uri: string) => {
  if (!uri.startsWith('file:')) return
  const file = uri.slice('file:'.length).split('?')[0]
  if (!file || file === ':memory:') return
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

export const databaseAdapter = (uri: string = process.env.DATABASE_URI || DEFAULT_DATABASE_URI): DatabaseAdapterObj => {
  if (databaseKind(uri) === 'mongodb') {
    return mongooseAdapter({
      url: uri,
      // Acknowledged writes survive a primary's failure and a crash.
      connectOptions: { writeConcern: { w: 'majority', journal: true } },
    })
  }
  ensureSqliteFolder(uri)
  return sqliteAdapter({
    client: { url: uri },
    // Every write reaches the disk before it is acknowledged.
    wal: { synchronous: 'FULL' },
    busyTimeout: 5000,
    // A counter, not a log: one increment per statement (see queryCounter.ts).
    logger: queryCounter,
    // The schema comes from committed migrations only, in development too, so
    // what runs in production is what was tested.
    push: false,
    prodMigrations: migrations,
  })
}
