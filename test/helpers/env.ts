import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Runs before every test file, before any of its imports: each file gets its
 * own temporary database and media folder, so no test can ever touch the
 * developer's data/ (the config reads DATABASE_URI when first imported). The
 * database is a SQLite file in the temporary folder or, when TEST_POSTGRES_URL
 * names a PostgreSQL server (the test run's own, see scripts/test.mjs), a
 * database of its own there, created and dropped by test/helpers/payload.ts.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-test-'))
const postgres = process.env.TEST_POSTGRES_URL
const database = `resethub_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`
Object.assign(process.env, {
  NODE_ENV: 'test',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'resethub-test-secret',
  PAYLOAD_DISABLE_ADMIN: 'true',
  // Denied requests are logged as errors by Payload; the tests assert them instead. LOG_LEVEL=warn shows them.
  LOG_LEVEL: process.env.LOG_LEVEL || 'fatal',
  RESETHUB_TEST_DIR: dir,
  DATABASE_URI: postgres ? databaseUrl(postgres, database) : `file:${path.join(dir, 'test.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
})
delete process.env.SMTP_URL
// One process, as the embedded default; tests of shared state start their own Redis.
delete process.env.REDIS_URL
delete process.env.DATABASE_REPLICA_URIS

/** The same server, another database. */
function databaseUrl(server: string, name: string) {
  const url = new URL(server)
  url.pathname = `/${name}`
  return url.toString()
}
