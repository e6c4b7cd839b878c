#!/usr/bin/env node
/**
 * Runs before `npm run dev`, `npm run build`, `npm start` and as `npm run seed`:
 * makes sure a secret exists, then migrates the database and seeds it.
 *
 *   (no flag)     development: write a PAYLOAD_SECRET into .env when missing; seed an empty database,
 *                 or bring the seeded content editors have not changed up to date (src/seed/cli.ts)
 *   --build       like development, for a local production build
 *   --start       production: refuse to start without PAYLOAD_SECRET; seed or upgrade as in development
 *   --seed-only   the idempotent seed (`npm run seed`): also creates what is missing
 */
import nextEnv from '@next/env'

import { runTs } from './run-ts.mjs'
import { ensureSecret } from './secret.mjs'

const args = new Set(process.argv.slice(2))
const mode = args.has('--start')
  ? 'start'
  : args.has('--build')
    ? 'build'
    : args.has('--seed-only')
      ? 'seed'
      : 'dev'
const root = process.cwd()

nextEnv.loadEnvConfig(root, mode === 'dev')

const problem = ensureSecret(root, mode)
if (problem) {
  console.error(problem)
  process.exit(1)
}

const env = { ...process.env }
if (mode === 'start' || mode === 'build') env.NODE_ENV = 'production'

const result = runTs('src/seed/cli.ts', mode === 'seed' ? [] : ['--if-empty'], { env })
if (result.status !== 0) {
  console.error('Preparing the database failed; see the messages above.')
  process.exit(result.status ?? 1)
}
