import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { build, launchAppServer, migrateAndSeed, root, runNode } from '../scripts/appServer'

export { root } from '../scripts/appServer'

/** `next build` when a source is newer than the build (BENCH_REBUILD=1: always). */
export const buildIfNeeded = (env: NodeJS.ProcessEnv) =>
  build(env, { always: Boolean(process.env.BENCH_REBUILD) })

/** A fresh SQLite database in a temporary folder, migrated and seeded, with the bench content. */
export const prepareDatabase = (baseEnv: NodeJS.ProcessEnv) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-bench-'))
  const env = {
    ...baseEnv,
    DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
  }
  migrateAndSeed(env)
  runNode(
    [path.join(root, 'scripts/run-ts.mjs'), 'bench/data.ts'],
    env,
    'bench brand (10 methods × 10 steps, 30 cases)',
  )
  return { dir, env }
}

export const addScaleData = (env: NodeJS.ProcessEnv, brands: number) =>
  runNode(
    [path.join(root, 'scripts/run-ts.mjs'), 'bench/data.ts', '--scale', String(brands)],
    env,
    `scale data (${brands} brands × 6 × 8, ${brands * 100} cases)`,
  )

/** The production server on the prepared database. */
export const startServer = (env: NodeJS.ProcessEnv) => launchAppServer(env)
