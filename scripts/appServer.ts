/**
 * The one way the browser tests, the benchmark, the soak and the cluster test
 * start the production server (`node server.mjs`, as `npm start` does after its
 * preparation): migrate and seed a database, build when the sources are newer
 * than the build, and launch instances that are killed on any exit of the caller.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '..')

/** Runs a node script of the project to its end; fails loudly with its label. */
export const runNode = (args: string[], env: NodeJS.ProcessEnv, label: string) => {
  const started = Date.now()
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status})`)
  console.log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/** Creates the schema from the committed migrations and seeds an empty database (DATABASE_URI of `env`). */
export const migrateAndSeed = (env: NodeJS.ProcessEnv) =>
  runNode(
    [path.join(root, 'scripts/run-ts.mjs'), 'src/seed/cli.ts', '--if-empty'],
    env,
    'migrate and seed',
  )

const newest = (dir: string): number => {
  let latest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs)
  }
  return latest
}

/** `next build`; unless `always`, only when some source is newer than the last build. */
export const build = (env: NodeJS.ProcessEnv, { always = false } = {}) => {
  const id = path.join(root, '.next/BUILD_ID')
  const built = fs.existsSync(id) ? fs.statSync(id).mtimeMs : 0
  const inputs = ['next.config.mjs', 'package-lock.json'].map(
    (f) => fs.statSync(path.join(root, f)).mtimeMs,
  )
  const sources = Math.max(newest(path.join(root, 'src')), ...inputs)
  if (!always && built > sources) return console.log('next build: up to date')
  runNode([path.join(root, 'node_modules/next/dist/bin/next'), 'build'], env, 'next build')
}

export type AppServer = {
  url: string
  pid: number
  /** Resident memory in bytes (VmRSS), or null once the process is gone. */
  rss: () => number | null
  /** CPU seconds used so far (user + system), or null once the process is gone. */
  cpu: () => number | null
  /** What the server logged, but its ready line. */
  log: string[]
  /** Uncaught exceptions and unhandled rejections it reported: Next logs them and goes on, the bug stays. */
  crashes: () => string[]
  /** SIGKILL: no chance to finish anything. */
  crash: () => Promise<void>
  /** SIGTERM, and wait for the exit. */
  stop: () => Promise<void>
}

const CRASH = /uncaughtException|unhandledRejection/
const live = new Set<AppServer>()

/** Last resort on any exit of the caller: no server outlives it. */
export const killAll = () => {
  for (const server of live) {
    try {
      process.kill(server.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  live.clear()
}
process.once('exit', killAll)

/**
 * Starts `node server.mjs` with `env` (PORT and HOST from it) and resolves once
 * it answers the API. Its output is echoed line by line (`quiet` keeps it for
 * `log` only) and read for crashes.
 */
export const launchAppServer = async (
  env: NodeJS.ProcessEnv,
  { quiet = false } = {},
): Promise<AppServer> => {
  const child = spawn(process.execPath, [path.join(root, 'server.mjs')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const log: string[] = []
  const crashes: string[] = []
  const watch = () => {
    let tail = ''
    return (chunk: string) => {
      const lines = (tail + chunk).split('\n')
      tail = lines.pop() ?? ''
      for (const line of lines) {
        if (!line || line.startsWith('ResetHub ready')) continue
        if (!quiet) process.stderr.write(`  server :${env.PORT}: ${line}\n`)
        if (CRASH.test(line)) crashes.push(line)
        log.push(line)
      }
    }
  }
  // Payload logs to stdout, Next to stderr.
  child.stdout!.setEncoding('utf8').on('data', watch())
  child.stderr!.setEncoding('utf8').on('data', watch())
  const procFile = (name: string) => fs.readFileSync(`/proc/${child.pid}/${name}`, 'utf8')
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    await exited
    live.delete(server)
  }
  const host = env.HOST && !['0.0.0.0', '::'].includes(env.HOST) ? env.HOST : '127.0.0.1'
  const server: AppServer = {
    url: `http://${host}:${env.PORT}`,
    pid: child.pid!,
    rss: () => {
      try {
        const kb = /VmRSS:\s+(\d+) kB/.exec(procFile('status'))
        return kb ? Number(kb[1]) * 1024 : null
      } catch {
        return null
      }
    },
    cpu: () => {
      try {
        // Fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux); the name in () may hold spaces.
        const fields = procFile('stat').split(') ')[1].split(' ')
        return (Number(fields[11]) + Number(fields[12])) / 100
      } catch {
        return null
      }
    },
    log,
    crashes: () => [...crashes],
    crash: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
  }
  live.add(server)

  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(
        `the server on port ${env.PORT} exited with ${child.exitCode}:\n${log.slice(-20).join('\n')}`,
      )
    try {
      if ((await fetch(`${server.url}/api/brands?limit=1&depth=0`)).ok) return server
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.crash()
      throw new Error(`the server on port ${env.PORT} did not answer within 90 s`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
}
