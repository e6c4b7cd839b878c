import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

const run = (command: string, args: string[], env: NodeJS.ProcessEnv, label: string) => {
  const started = Date.now()
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status})`)
  console.log(`${label} took ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/**
 * The browser tests' server address. Fixed (E2E_PORT to change it) because the
 * build bakes PUBLIC_URL into pages, and the admin accepts its session cookie
 * only from that origin (Payload's CSRF check), so both must agree.
 */
export const E2E_PORT = Number(process.env.E2E_PORT) || 3999
export const PUBLIC_URL = `http://127.0.0.1:${E2E_PORT}`
export const E2E_SECRET = 'resethub-e2e-secret'

/** `pid` is the server process's, for tests that read its memory (/proc/<pid>/status). */
/** `crashes`: the uncaught exceptions and unhandled rejections the server reported (Next logs them and goes on). */
export type Server = { url: string; dir: string; pid: number; crashes: () => string[]; stop: () => Promise<void> }

const CRASH = /uncaughtException|unhandledRejection/

/**
 * The production path a new user takes (`npm run build && npm start`), on a
 * fresh temporary SQLite database: migrate and seed, build, start.
 */
export const startProductionServer = async (extraEnv: Record<string, string> = {}): Promise<Server> => {
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
  run(process.execPath, [path.join(root, 'scripts/run-ts.mjs'), 'src/seed/cli.ts', '--if-empty'], env, 'migrate and seed')
  if (!process.env.E2E_SKIP_BUILD) run(bin('next'), ['build'], env, 'next build')

  // The production server (server.mjs): Next behind a Node server that passes the peer address on.
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'server.mjs')], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'pipe'],
  })
  // Passed on as it comes, and read for crashes: a server that logs one and goes on still has a bug.
  const crashes: string[] = []
  let tail = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk)
    const lines = (tail + chunk.toString()).split('\n')
    tail = lines.pop() ?? ''
    crashes.push(...lines.filter((line) => CRASH.test(line)))
  })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
    try {
      const res = await fetch(`${url}/api/brands?limit=1&depth=0`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the server did not answer within 90 s')
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    url,
    dir,
    pid: child.pid!,
    crashes: () => [...crashes, ...(CRASH.test(tail) ? [tail] : [])],
    stop: async () => {
      child.kill('SIGTERM')
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)))
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
