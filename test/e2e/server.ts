import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { build, launchAppServer, migrateAndSeed } from '../../scripts/appServer'

/**
 * The browser tests' server address. Fixed (E2E_PORT to change it) because the
 * build bakes PUBLIC_URL into pages, and the admin accepts its session cookie
 * only from that origin (Payload's CSRF check), so both must agree.
 */
export const E2E_PORT = Number(process.env.E2E_PORT) || 3999
export const PUBLIC_URL = `http://127.0.0.1:${E2E_PORT}`
export const E2E_SECRET = 'resethub-e2e-secret'

/** The browser tests' server: `pid` for tests that read its memory (/proc/<pid>/status), `crashes` read from its log. */
export type Server = {
  url: string
  dir: string
  pid: number
  crashes: () => string[]
  stop: () => Promise<void>
}

/**
 * The production path a new user takes (`npm run build && npm start`), on a
 * fresh temporary SQLite database: migrate and seed, build, start.
 */
export const startProductionServer = async (
  extraEnv: Record<string, string> = {},
): Promise<Server> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-e2e-'))
  const port = E2E_PORT
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: E2E_SECRET,
    PUBLIC_URL,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    // Every browser test connects from 127.0.0.1: allow them more cases than one reader gets.
    RATE_LIMIT_FACTOR: '20',
    // Scheduled publishing is checked against the clock: run the job queue often.
    JOBS_INTERVAL_SECONDS: '3',
  }
  delete env.SMTP_URL
  Object.assign(env, extraEnv)
  migrateAndSeed(env)
  // Always built: the build bakes PUBLIC_URL in (E2E_SKIP_BUILD=1 reuses the last one while iterating).
  if (!process.env.E2E_SKIP_BUILD) build(env, { always: true })
  const server = await launchAppServer(env)
  return {
    url: server.url,
    dir,
    pid: server.pid,
    crashes: server.crashes,
    stop: async () => {
      await server.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
