import fs from 'node:fs'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { createTestDatabase, dropTestDatabase, onPostgres } from './postgres'

export type TestContext = {
  payload: Payload
  config: SanitizedConfig
  dir: string
  close: () => Promise<void>
}

/**
 * Starts Payload on this test file's own temporary database, SQLite or
 * PostgreSQL (set up by env.ts before any import), with the committed
 * migrations applied.
 */
export const startPayload = async (): Promise<TestContext> => {
  const dir = process.env.RESETHUB_TEST_DIR
  const uri = process.env.DATABASE_URI ?? ''
  if (!dir || !(uri.includes(dir) || uri.includes('/resethub_test_')))
    throw new Error('test/helpers/env.ts must run first (jest setupFiles).')
  if (onPostgres()) await createTestDatabase()
  const config = await (await import('../../src/payload.config')).default
  const payload = await getPayload({ config })
  const { migrateDatabase } = await import('../../src/db/migrate')
  await migrateDatabase(payload)
  return {
    payload,
    config,
    dir,
    close: async () => {
      await payload.destroy()
      if (onPostgres()) await dropTestDatabase()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
