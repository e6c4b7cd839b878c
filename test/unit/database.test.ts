import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, expect, test } from '@jest/globals'

import { databaseAdapter, databaseKind, DEFAULT_DATABASE_URI, MONGO_DURABILITY } from '../../src/db/adapter'

afterAll(() => {
  // Said plainly in the test output: no MongoDB server runs on these machines.
  console.log(
    'MongoDB was NOT exercised: no MongoDB server is available here. Only the adapter choice for mongodb:// URIs was checked; every other test ran on SQLite.',
  )
})

test.each([
  ['mongodb://localhost:27017/resethub', 'mongodb'],
  ['mongodb+srv://user:pass@cluster.example.net/resethub', 'mongodb'],
  ['MONGODB://host/db', 'mongodb'],
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

test('MongoDB writes wait for a journaled majority, in majority transactions (settings only: no server here)', () => {
  expect(MONGO_DURABILITY.connectOptions.writeConcern).toEqual({ w: 'majority', journal: true })
  expect(MONGO_DURABILITY.transactionOptions).toEqual({ readConcern: { level: 'majority' }, writeConcern: { w: 'majority', journal: true } })
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
