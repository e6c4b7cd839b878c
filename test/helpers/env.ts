import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Runs before every test file, before any of its imports: each file gets its
 * own temporary SQLite database and media folder, so no test can ever touch
 * the developer's data/ (the config reads DATABASE_URI when first imported).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-test-'))
Object.assign(process.env, {
  NODE_ENV: 'test',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'resethub-test-secret',
  PAYLOAD_DISABLE_ADMIN: 'true',
  // Denied requests are logged as errors by Payload; the tests assert them instead. LOG_LEVEL=warn shows them.
  LOG_LEVEL: process.env.LOG_LEVEL || 'fatal',
  RESETHUB_TEST_DIR: dir,
  DATABASE_URI: `file:${path.join(dir, 'test.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
})
delete process.env.SMTP_URL
// One process, as the embedded default; tests of shared state start their own Redis.
delete process.env.REDIS_URL
