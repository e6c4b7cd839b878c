/**
 * The committed migrations of the database in use (SQLite's or PostgreSQL's,
 * each in its own folder) build the whole schema on an empty database, run
 * twice without harm, and match the collections as configured (nothing left
 * for `payload migrate:create` to add).
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { startPayload, type TestContext } from '../helpers/payload'
import { tableNames } from '../helpers/sql'

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload() // an empty database with the migrations applied
})
afterAll(async () => ctx?.close())

type DrizzleKitDb = {
  schema: unknown
  requireDrizzleKit: () => {
    generateDrizzleJson: (schema: unknown) => Promise<unknown>
    generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  }
}

test('every collection has its table, and the migration is recorded once', async () => {
  const tables = await tableNames(ctx.payload)
  for (const table of [
    'brands',
    'methods',
    'steps',
    'comments',
    'feedback',
    'media',
    'users',
    '_brands_v',
    '_methods_v',
    'site',
  ]) {
    expect(tables).toContain(table)
  }
  await ctx.payload.db.migrate() // a second run applies nothing
  const migrations = await ctx.payload.find({
    collection: 'payload-migrations',
    overrideAccess: true,
    limit: 100,
  })
  const names = migrations.docs.map((m) => m.name)
  expect(new Set(names).size).toBe(names.length)
  expect(names.length).toBeGreaterThan(0)
})

test('the committed migrations match the configured collections', async () => {
  const db = ctx.payload.db as unknown as DrizzleKitDb
  const dir = ctx.payload.db.migrationDir
  const latest = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .reverse()[0]
  const before = JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8'))
  const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
  const after = await generateDrizzleJson(db.schema)
  const missing = await generateMigration(before, after)
  if (missing.length) {
    throw new Error(
      `The schema changed without a migration in ${path.relative(process.cwd(), dir)}. Make one for each database (README, “Changing the schema”) and commit them.\n${missing.join('\n')}`,
    )
  }
  expect(missing).toEqual([])
})
