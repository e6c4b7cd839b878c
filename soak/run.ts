/**
 * npm run soak: the production server (server.mjs) on one fresh seeded SQLite
 * database, in two tests.
 *
 * 1. Crash rounds: 20 clients submit cases until the server is killed with
 *    SIGKILL after 1–3 s; after a restart every acknowledged case (a 201 with
 *    its id) must be in the file, and PRAGMA integrity_check must say ok.
 * 2. Load: 200 readers and 10 writers; no error of any kind, and after a
 *    warm-up (15 s, or 20 % of SOAK_SECONDS if longer, run before the measured
 *    SOAK_SECONDS) the server's resident memory must
 *    grow less than 20 %: the median of the run's last quarter against the
 *    median of the quarter right after the warm-up.
 *
 * SOAK_ROUNDS (10) and SOAK_SECONDS (60) override the sizes. Exits non-zero
 * when a claim fails. Builds first when the sources are newer than the build.
 */
import fs from 'node:fs'
import os from 'node:os'

import { percentile } from '../bench/measure'
import { buildIfNeeded, prepareDatabase } from '../bench/server'
import { killAll, launchAppServer } from '../scripts/appServer'

import { keepAlive, request } from './client'
import { crashRound, type Target } from './crash'
import { checkDatabase } from './database'
import { LOAD, load } from './load'
import { table } from './tally'

const ROUNDS = Number(process.env.SOAK_ROUNDS) || 10
const SECONDS = Number(process.env.SOAK_SECONDS) || 60
// A fresh server's heap grows for its first 10–15 s under this load (routes load, caches fill).
const WARM_UP = Math.max(15, Math.round(SECONDS * 0.2))
const MAX_GROWTH = 1.2
const PORT = 4300
const url = `http://127.0.0.1:${PORT}`

// As the benchmark's server (bench/run.ts), without its query counter.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  PAYLOAD_SECRET: 'resethub-soak-secret',
  PORT: String(PORT),
  HOST: '127.0.0.1',
  PUBLIC_URL: url,
  LOG_LEVEL: 'error',
  // Reader allowances raised so the rate limit does not refuse the load.
  RATE_LIMIT_FACTOR: '100000',
  JOBS_INTERVAL_SECONDS: '0',
}
delete env.SMTP_URL
delete env.SUPPORT_EMAIL

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`
const pct = (ratio: number) => `${((ratio - 1) * 100).toFixed(1)} %`

// Cleanup on every way out: servers killed, the temporary database removed.
buildIfNeeded(env)
const { dir, env: dbEnv } = prepareDatabase(env)
process.on('exit', () => {
  killAll()
  fs.rmSync(dir, { recursive: true, force: true })
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(1))

const failures: string[] = []
const started = Date.now()
let server = await launchAppServer(dbEnv)
const brands = JSON.parse(
  (await request(keepAlive(1), `${url}/api/brands?where[slug][equals]=hikvision&depth=0`)).body,
) as { docs: { id: number | string }[] }
const target: Target = {
  url,
  env: dbEnv,
  file: dbEnv.DATABASE_URI!.slice('file:'.length),
  brand: brands.docs[0].id,
}

console.log(
  `\ncrash rounds: ${ROUNDS} × (20 clients submitting cases, SIGKILL after 1–3 s, restart, check the file)`,
)
const roundRows: string[][] = []
let stored = checkDatabase(target.file, []).stored
for (let round = 1; round <= ROUNDS; round++) {
  const r = await crashRound(server, target, stored)
  server = r.server
  stored = r.stored
  const errors =
    [...r.errors.kinds].map(([kind, { count }]) => `${kind} ×${count}`).join(', ') || '0'
  roundRows.push([
    String(round),
    `${(r.after / 1000).toFixed(1)} s`,
    String(r.acknowledged),
    String(r.missing.length),
    String(r.storedExtra),
    String(r.cutOff),
    r.integrity,
    errors,
  ])
  console.log(
    `  round ${round}: ${r.acknowledged} acknowledged, ${r.missing.length} missing, integrity ${r.integrity}`,
  )
  if (r.missing.length)
    failures.push(
      `round ${round}: acknowledged cases missing after the restart: ${r.missing.slice(0, 20).join(', ')}`,
    )
  if (r.integrity !== 'ok') failures.push(`round ${round}: integrity_check: ${r.integrity}`)
  for (const [kind, { count, sample }] of r.errors.kinds)
    failures.push(`round ${round}: ${count} × ${kind} before the kill: ${sample}`)
}
await server.stop()

console.log(
  `\nload: ${LOAD.readers} readers and ${LOAD.writers} writers, ${WARM_UP} s of warm-up then ${SECONDS} s measured`,
)
server = await launchAppServer(dbEnv)
const loadBefore = os.loadavg()[0]
const logged = server.log.length
const l = await load(server, target, SECONDS, WARM_UP)
const serverLog = server.log.length - logged
await server.stop()
for (const [kind, { count, sample }] of l.errors.kinds)
  failures.push(`load: ${count} × ${kind}${sample ? `: ${sample}` : ''}`)
if (l.missing.length)
  failures.push(`load: acknowledged cases missing: ${l.missing.slice(0, 20).join(', ')}`)
if (!(l.growth < MAX_GROWTH))
  failures.push(`load: RSS grew ${pct(l.growth)} after the warm-up (limit ${pct(MAX_GROWTH)})`)

const total = l.reads + l.writes
const perSecond = (n: number) => (n / l.elapsed).toFixed(0)
console.log(`\n## Crash rounds\n`)
console.log(
  table(
    [
      'round',
      'kill after',
      'acknowledged',
      'missing',
      'stored unacknowledged',
      'cut off',
      'integrity',
      'errors before kill',
    ],
    roundRows,
  ),
)
console.log(
  `\n## Load (${LOAD.readers} readers, ${LOAD.writers} writers, ${l.elapsed.toFixed(1)} s)\n`,
)
console.log(
  table(
    ['figure', 'value'],
    [
      ['requests (reads / writes)', `${total} (${l.reads} / ${l.writes})`],
      [
        'requests per second (reads / writes)',
        `${perSecond(total)} (${perSecond(l.reads)} / ${perSecond(l.writes)})`,
      ],
      ['errors', String(l.errors.total)],
      ['cases acknowledged / missing', `${l.acknowledged} / ${l.missing.length}`],
      [`RSS median, first quarter after the warm-up (${l.warm.t.toFixed(0)} s)`, mib(l.warm.rss)],
      ['RSS median, last quarter of the run', mib(l.end.rss)],
      ['RSS max after warm-up (reported)', mib(l.peak)],
      ['RSS growth (limit < 20 %)', pct(l.growth)],
      [
        'RSS samples (MiB, every 5 s)',
        l.samples
          .filter((_, i) => i % 5 === 0)
          .map((s) => (s.rss / 2 ** 20).toFixed(0))
          .join(' '),
      ],
      [`server CPU: cores busy, of ${os.cpus().length}`, l.cores.toFixed(2)],
      // Other work on the machine takes CPU from the server and from these clients alike.
      [
        'machine load average (1 min) before / after',
        `${loadBefore.toFixed(1)} / ${os.loadavg()[0].toFixed(1)}`,
      ],
      ['server log lines during the load (shown above)', String(serverLog)],
    ],
  ),
)
console.log()
console.log(
  table(
    ['request', 'count', 'p50', 'p99', 'max'],
    [...l.latencies].map(([key, ms]) => [
      key,
      String(ms.length),
      ...[50, 99, 100].map((p) => `${percentile(ms, p).toFixed(0)} ms`),
    ]),
  ),
)
console.log(`\nTook ${((Date.now() - started) / 1000).toFixed(0)} s.`)
if (failures.length) {
  console.error(`\nFAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`)
  process.exitCode = 1
} else
  console.log(
    '\nAll claims hold: no acknowledged case lost, integrity ok, no error under load, RSS growth under 20 %.',
  )
