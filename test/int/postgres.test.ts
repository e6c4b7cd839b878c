/**
 * What the PostgreSQL adapter alone has (this file runs only against
 * PostgreSQL, see jest.config.js): reads may go to read replicas
 * (DATABASE_REPLICA_URIS), here the primary itself standing in for one, and
 * the connection pools close when Payload stops, so a command-line script
 * ends once its work is done.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Pool } from 'pg'

import type { TestContext } from '../helpers/payload'

// Read by the config when startPayload first imports it.
process.env.DATABASE_REPLICA_URIS = process.env.DATABASE_URI

let ctx: TestContext
beforeAll(async () => {
  const { startPayload } = await import('../helpers/payload')
  ctx = await startPayload()
})
afterAll(async () => ctx?.close())

type ReplicatedDb = {
  drizzle: { $replicas?: { $client: Pool }[] }
  readReplicasAfterWriteInterval: number
}

test('reads outside a transaction go to a read replica; writes, and reads just after a write, to the primary', async () => {
  const db = ctx.payload.db as unknown as ReplicatedDb
  const replicas = db.drizzle.$replicas ?? []
  expect(replicas).toHaveLength(1)
  let replicaReads = 0
  replicas[0].$client.on('acquire', () => replicaReads++)

  // A window longer than any pause of a loaded machine; the default is 2 s.
  db.readReplicasAfterWriteInterval = 60_000
  const brand = await ctx.payload.create({
    collection: 'brands',
    overrideAccess: true,
    data: { name: 'Replicated', slug: 'replicated', _status: 'published' },
  })
  expect(replicaReads).toBe(0)
  // Within the after-write window a read stays on the primary, whatever the replicas' lag.
  expect(
    (await ctx.payload.findByID({ collection: 'brands', id: brand.id, overrideAccess: true })).name,
  ).toBe('Replicated')
  expect(replicaReads).toBe(0)

  db.readReplicasAfterWriteInterval = 0
  const { docs } = await ctx.payload.find({
    collection: 'brands',
    overrideAccess: true,
    where: { slug: { equals: 'replicated' } },
  })
  expect(docs.map((d) => d.id)).toEqual([brand.id])
  expect(replicaReads).toBeGreaterThan(0)
})

test('a command-line script ends once its work is done: Payload leaves no connection open', () => {
  const root = path.resolve(import.meta.dirname, '../..')
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'scripts/run-ts.mjs'), 'src/seed/eraseEmails.ts'],
    {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'info', NODE_OPTIONS: '' },
      encoding: 'utf8',
      timeout: 90_000,
    },
  )
  expect(run.error).toBeUndefined()
  expect(run.status).toBe(0)
  expect(run.stdout).toMatch(/Erased the e-mail address of 0 case/)
})
