import fs from 'node:fs'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'

export type TestContext = {
  payload: Payload
  config: SanitizedConfig
  dir: string
  close: () => Promise<void>
}

/**
 * Starts Payload on this test file's own temporary SQLite database (set up by
 * env.ts before any import) with the committed migrations applied.
 */
export const startPayload = async (): Promise<TestContext> => {
  const dir = process.env.RESETHUB_TEST_DIR
  if (!dir || !process.env.DATABASE_URI?.includes(dir)) throw new Error('test/helpers/env.ts must run first (jest setupFiles).')
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
