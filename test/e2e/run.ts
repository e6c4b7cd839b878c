/**
 * Browser tests: starts the production server once on a fresh seeded database,
 * then runs every test/e2e/*.e2e.ts with node's test runner against it.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { findChromium } from './chromium'
import { startProductionServer } from './server'

const chromium = findChromium()
console.log(`Browser tests use ${chromium}`)
const server = await startProductionServer()
let status = 1
try {
  const dir = import.meta.dirname
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.e2e.ts')).sort().map((f) => path.join(dir, f))
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], {
    stdio: 'inherit',
    env: { ...process.env, BASE_URL: server.url, CHROME_PATH: chromium },
  })
  status = result.status ?? 1
} finally {
  await server.stop()
}
process.exit(status)
