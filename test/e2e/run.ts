/**
 * Browser tests: starts the production server once on a fresh seeded database,
 * then runs every test/e2e/*.e2e.ts with node's test runner against it.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { findChromium } from './chromium'
import { startMailCatcher } from './mail'
import { startProductionServer } from './server'

const chromium = findChromium()
console.log(`Browser tests use ${chromium}`)
// A real local SMTP server catches the site's mail into files the tests read.
const mail = await startMailCatcher()
const server = await startProductionServer({
  SMTP_URL: mail.url,
  SUPPORT_EMAIL: 'support-team@example.com',
})
let status = 1
try {
  const dir = import.meta.dirname
  // E2E_ONLY=name runs only the files whose name contains it (while iterating).
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.e2e.ts') && f.includes(process.env.E2E_ONLY ?? ''))
    .sort()
    .map((f) => path.join(dir, f))
  // Asynchronous, so that the mail catcher in this process keeps answering while the tests run.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=1', ...files],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        BASE_URL: server.url,
        SERVER_PID: String(server.pid),
        CHROME_PATH: chromium,
        MAIL_DIR: mail.dir,
      },
    },
  )
  status = await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)))
  const crashes = server.crashes()
  if (crashes.length) {
    console.error(
      `\nThe production server reported ${crashes.length} uncaught error(s) during the browser tests:\n${crashes.join('\n')}`,
    )
    status = 1
  }
} finally {
  await server.stop()
  await mail.stop()
}
process.exit(status)
