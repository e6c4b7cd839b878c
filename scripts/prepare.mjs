#!/usr/bin/env node
/**
 * Runs before `npm run dev`, `npm run build`, `npm start` and as `npm run seed`:
 * makes sure a secret exists, then migrates the database and seeds it.
 *
 *   (no flag)     development: write a PAYLOAD_SECRET into .env when missing; seed an empty database
 *   --build       like development, for a local production build
 *   --start       production: refuse to start without PAYLOAD_SECRET; seed an empty database
 *   --seed-only   the idempotent seed (`npm run seed`)
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import nextEnv from '@next/env'

const args = new Set(process.argv.slice(2))
const mode = args.has('--start') ? 'start' : args.has('--build') ? 'build' : args.has('--seed-only') ? 'seed' : 'dev'
const root = process.cwd()

nextEnv.loadEnvConfig(root, mode === 'dev')

if (!process.env.PAYLOAD_SECRET) {
  if (mode === 'start') {
    console.error(
      'PAYLOAD_SECRET is not set, so the server will not start.\n' +
        'Set it to a long random string, for example:\n' +
        '  echo "PAYLOAD_SECRET=$(openssl rand -hex 32)" >> .env\n' +
        'or pass it in the environment: PAYLOAD_SECRET=… npm start',
    )
    process.exit(1)
  }
  const secret = crypto.randomBytes(32).toString('hex')
  const envFile = path.join(root, '.env')
  const before = fs.existsSync(envFile) ? fs.readFileSync(envFile, 'utf8') : ''
  fs.writeFileSync(envFile, `${before}${before && !before.endsWith('\n') ? '\n' : ''}PAYLOAD_SECRET=${secret}\n`, {
    mode: 0o600,
  })
  process.env.PAYLOAD_SECRET = secret
  console.log('Wrote a new PAYLOAD_SECRET to .env (keep it private; it signs logins).')
}

const env = { ...process.env }
if (mode === 'start' || mode === 'build') env.NODE_ENV = 'production'

const bin = path.join(root, 'node_modules', '.bin', 'payload')
const result = spawnSync(bin, ['run', 'src/seed/cli.ts', ...(mode === 'seed' ? [] : ['--if-empty'])], {
  stdio: 'inherit',
  env,
})
if (result.status !== 0) {
  console.error('Preparing the database failed; see the messages above.')
  process.exit(result.status ?? 1)
}
