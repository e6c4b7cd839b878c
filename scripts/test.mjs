#!/usr/bin/env node
/**
 * `npm test`: ESLint, Prettier's check, the type check and Payload's generated
 * files (scripts/checkGenerated.mjs), then jest (unit and
 * integration, each file on its own temporary SQLite database), the integration tests again on a throwaway PostgreSQL cluster
 * (each file on its own database there), then the browser tests in Debian's
 * Chromium against a production build. Stops at the first part that fails.
 * With --postgres (`npm run test:postgres`), only the PostgreSQL part.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startPostgres } from './postgres.mjs'

const root = process.cwd()
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const jestEnv = {
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' '),
}

const fail = (label, status) => {
  console.error(`\n${label} failed.`)
  process.exit(status ?? 1)
}

const step = (label, command, args, env = {}) => {
  console.log(`\n=== ${label} ===`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) fail(label, result.status)
}

/** Asynchronous, so that this process can stop the cluster if it is interrupted meanwhile. */
const run = (command, args, env) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('exit', (code) => resolve(code ?? 1))
  })

const postgresStep = async () => {
  const label = 'integration tests on PostgreSQL (jest)'
  console.log(`\n=== ${label} ===`)
  let cluster
  try {
    cluster = await startPostgres({ log: (line) => console.log(line) })
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : error}`)
    fail(label, 1)
  }
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-jest-')), 'results.json')
  let status
  try {
    status = await run(bin('jest'), ['--ci', 'test/int', '--json', `--outputFile=${report}`], {
      ...jestEnv,
      TEST_POSTGRES_URL: cluster.url,
    })
  } finally {
    await cluster.stop()
  }
  const results = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, 'utf8')) : null
  fs.rmSync(path.dirname(report), { recursive: true, force: true })
  if (status !== 0 || !results?.success) fail(label, status || 1)
  console.log(
    `\nPostgreSQL: integration suite passed on PostgreSQL ${cluster.version.split('.')[0]} (${results.numPassedTestSuites} files)`,
  )
  console.log('MongoDB: not exercised here (no MongoDB server can run on these machines)')
}

// `npm run test:postgres`: that part alone.
if (process.argv.includes('--postgres')) {
  await postgresStep()
  process.exit(0)
}

step('lint (ESLint)', bin('eslint'), ['.', '--max-warnings', '0'])
step('format (Prettier)', bin('prettier'), ['--check', '.', '--log-level', 'warn'])
// Next's generated types (next-env.d.ts, route types) first: a fresh clone has none yet.
step('types (next typegen, tsc)', bin('next'), ['typegen'])
step('types (tsc)', bin('tsc'), ['--noEmit'])
step('generated files (Payload)', process.execPath, ['scripts/checkGenerated.mjs'])
step('unit and integration tests (jest)', bin('jest'), ['--ci'], jestEnv)
await postgresStep()
step('browser tests (Chromium)', bin('tsx'), ['test/e2e/run.ts'])
