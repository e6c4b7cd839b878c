import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'

export type TestContext = {
  payload: Payload
  config: SanitizedConfig
  dir: string
  close: () => Promise<void>
}

/**
 * Starts Payload on a new temporary SQLite database (and media folder) with the
 * committed migrations applied. The config reads DATABASE_URI when imported, so
 * the environment is set first.
 */
export const startPayload = async (): Promise<TestContext> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-test-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
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
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
