import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, expect, test } from '@jest/globals'

import {
  databaseAdapter,
  databaseKind,
  DEFAULT_DATABASE_URI,
  MONGO_DURABILITY,
  readReplicaUris,
} from '../../src/db/adapter'

afterAll(() => {
  // Said plainly in the test output: no MongoDB server runs on these machines.
  console.log(
    'MongoDB was NOT exercised: no MongoDB server is available here. Only the adapter choice for mongodb:// URIs was checked; the other tests run on SQLite, and `npm test` runs the integration suite on PostgreSQL too.',
  )
})

test.each([
  ['mongodb://localhost:27017/resethub', 'mongodb'],
  ['mongodb+srv://user:pass@cluster.example.net/resethub', 'mongodb'],
  ['MONGODB://host/db', 'mongodb'],
  ['postgres://resethub@db.example.net:5432/resethub', 'postgres'],
  ['postgresql://resethub:secret@127.0.0.1/resethub?sslmode=require', 'postgres'],
  ['POSTGRES://host/db', 'postgres'],
  ['file:./data/resethub.db', 'sqlite'],
  [DEFAULT_DATABASE_URI, 'sqlite'],
])('%s selects %s', (uri, kind) => {
  expect(databaseKind(uri)).toBe(kind)
})

test('a mongodb:// URI builds the MongoDB adapter (no server needed to check)', () => {
  const adapter = databaseAdapter('mongodb://127.0.0.1:1/resethub')
  expect(adapter.name).toBe('mongoose')
  expect(adapter.defaultIDType).toBe('text')
})

test('a postgres:// URI builds the PostgreSQL adapter, with serial (numeric) ids (no server needed to check)', () => {
  const adapter = databaseAdapter('postgres://postgres@127.0.0.1:1/resethub', [
    'postgres://postgres@127.0.0.2:1/resethub',
  ])
  expect(adapter.name).toBe('postgres')
  expect(adapter.defaultIDType).toBe('number')
})

test.each([
  [undefined, []],
  ['', []],
  ['postgres://replica-1/resethub', ['postgres://replica-1/resethub']],
  [
    ' postgres://replica-1/resethub , postgres://replica-2/resethub,',
    ['postgres://replica-1/resethub', 'postgres://replica-2/resethub'],
  ],
])('DATABASE_REPLICA_URIS=%p names the read replicas %p', (value, uris) => {
  expect(readReplicaUris(value)).toEqual(uris)
})

test('MongoDB writes wait for a journaled majority, in majority transactions (settings only: no server here)', () => {
  expect(MONGO_DURABILITY.connectOptions.writeConcern).toEqual({ w: 'majority', journal: true })
  expect(MONGO_DURABILITY.transactionOptions).toEqual({
    readConcern: { level: 'majority' },
    writeConcern: { w: 'majority', journal: true },
  })
})

test('a file: URI builds the SQLite adapter and creates the folder first', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-db-'))
  const nested = path.join(dir, 'nested', 'data')
  const adapter = databaseAdapter(`file:${path.join(nested, 'x.db')}`)
  expect(adapter.name).toBe('sqlite')
  expect(adapter.defaultIDType).toBe('number')
  expect(fs.existsSync(nested)).toBe(true)
  fs.rmSync(dir, { recursive: true, force: true })
})
