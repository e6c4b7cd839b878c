#!/usr/bin/env node
/**
 * `npm test`: jest (unit and integration, each file on its own temporary SQLite
 * database), then the browser tests in Debian's Chromium against a production
 * build. Stops at the first part that fails.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const root = process.cwd()
const bin = (name) => path.join(root, 'node_modules', '.bin', name)

const step = (label, command, args, env = {}) => {
  console.log(`\n=== ${label} ===`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    console.error(`\n${label} failed.`)
    process.exit(result.status ?? 1)
  }
}

step('unit and integration tests (jest)', bin('jest'), ['--ci'], {
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' '),
})
step('browser tests (Chromium)', bin('tsx'), ['test/e2e/run.ts'])
