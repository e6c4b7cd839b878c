import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '..')

const newest = (dir: string): number => {
  let latest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs)
  }
  return latest
}

const run = (args: string[], env: NodeJS.ProcessEnv, label: string) => {
  const started = Date.now()
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] })
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status})`)
  console.log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/** `next build`, unless the last build is newer than every source file. */
export const buildIfNeeded = (env: NodeJS.ProcessEnv) => {
  const id = path.join(root, '.next/BUILD_ID')
  const built = fs.existsSync(id) ? fs.statSync(id).mtimeMs : 0
  const sources = Math.max(newest(path.join(root, 'src')), ...['next.config.mjs', 'package-lock.json'].map((f) => fs.statSync(path.join(root, f)).mtimeMs))
  if (built > sources && !process.env.BENCH_REBUILD) return console.log('build: up to date')
  run([path.join(root, 'node_modules/next/dist/bin/next'), 'build'], env, 'next build')
}

export type BenchServer = { url: string; env: NodeJS.ProcessEnv; dir: string; stop: () => Promise<void> }

/** A fresh SQLite database in a temporary folder, migrated and seeded, with the bench content. */
export const prepareDatabase = (baseEnv: NodeJS.ProcessEnv) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-bench-'))
  const env = { ...baseEnv, DATABASE_URI: `file:${path.join(dir, 'bench.db')}`, MEDIA_DIR: path.join(dir, 'media') }
  run([path.join(root, 'scripts/run-ts.mjs'), 'src/seed/cli.ts', '--if-empty'], env, 'migrate and seed')
  run([path.join(root, 'scripts/run-ts.mjs'), 'bench/data.ts'], env, 'bench brand (10 methods × 10 steps, 30 cases)')
  return { dir, env }
}

export const addScaleData = (env: NodeJS.ProcessEnv, brands: number) =>
  run([path.join(root, 'scripts/run-ts.mjs'), 'bench/data.ts', '--scale', String(brands)], env, `scale data (${brands} brands × 6 × 8, ${brands * 100} cases)`)

/** The production server (server.mjs) on the prepared database. */
export const startServer = async (env: NodeJS.ProcessEnv): Promise<{ stop: () => Promise<void> }> => {
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'server.mjs')], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
  const url = `http://127.0.0.1:${env.PORT}`
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
    try {
      if ((await fetch(`${url}/api/brands?limit=1&depth=0`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the server did not answer within 90 s')
    await new Promise((r) => setTimeout(r, 300))
  }
  return {
    stop: async () => {
      child.kill('SIGTERM')
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)))
    },
  }
}
