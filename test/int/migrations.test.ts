/**
 * The committed migrations build the whole schema on an empty database, run
 * twice without harm, and match the collections as configured (nothing left
 * for `payload migrate:create` to add).
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { startPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload() // an empty database with the migrations applied
})
afterAll(async () => ctx?.close())

type SqliteDb = {
  client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
  schema: unknown
  requireDrizzleKit: () => {
    generateDrizzleJson: (schema: unknown) => Promise<unknown>
    generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  }
}

test('every collection has its table, and the migration is recorded once', async () => {
  const db = ctx.payload.db as unknown as SqliteDb
  const { rows } = await db.client.execute("select name from sqlite_master where type = 'table'")
  const tables = rows.map((r) => r.name)
  for (const table of ['brands', 'methods', 'steps', 'comments', 'feedback', 'media', 'users', '_brands_v', '_methods_v', 'site']) {
    expect(tables).toContain(table)
  }
  await ctx.payload.db.migrate() // a second run applies nothing
  const migrations = await ctx.payload.find({ collection: 'payload-migrations', overrideAccess: true, limit: 100 })
  const names = migrations.docs.map((m) => m.name)
  expect(new Set(names).size).toBe(names.length)
  expect(names.length).toBeGreaterThan(0)
})

test('the database runs in WAL mode with synchronous=FULL', async () => {
  const db = ctx.payload.db as unknown as SqliteDb
  expect((await db.client.execute('PRAGMA journal_mode')).rows[0].journal_mode).toBe('wal')
  // 2 = FULL
  expect(Number((await db.client.execute('PRAGMA synchronous')).rows[0].synchronous)).toBe(2)
})

test('the committed migrations match the configured collections', async () => {
  const db = ctx.payload.db as unknown as SqliteDb
  const dir = path.resolve('src/migrations')
  const latest = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().reverse()[0]
  const before = JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8'))
  const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
  const after = await generateDrizzleJson(db.schema)
  const missing = await generateMigration(before, after)
  if (missing.length) {
    throw new Error(
      `The schema changed without a migration. Run \`npm run payload migrate:create <name>\` and commit it.\n${missing.join('\n')}`,
    )
  }
  expect(missing).toEqual([])
})
