/**
 * SQLite keeps every acknowledged write: the database runs in WAL mode with
 * synchronous=FULL (src/db/adapter.ts). PostgreSQL's durability is its own
 * server's configuration, so this file is SQLite's alone.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { startPayload, type TestContext } from '../helpers/payload'
import { query, sql } from '../helpers/sql'

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(async () => ctx?.close())

test('the database runs in WAL mode with synchronous=FULL', async () => {
  expect((await query(ctx.payload, sql`PRAGMA journal_mode`))[0].journal_mode).toBe('wal')
  // 2 = FULL
  expect(Number((await query(ctx.payload, sql`PRAGMA synchronous`))[0].synchronous)).toBe(2)
})
