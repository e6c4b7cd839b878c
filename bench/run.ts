/**
 * npm run bench: the site measured against the machine's own limit, in one run.
 * Builds when the sources are newer than the build, starts the production
 * server on a fresh seeded SQLite database and measures cached pages (from the
 * app alone and through the front cache), renders, publish-to-live, case
 * submissions, page weight and search, then the same on a large database, then
 * case submissions on PostgreSQL through two instances (bench/cluster.ts). Writes bench/results/latest.json and latest.md, and the
 * table into the README's Performance section.
 *
 * BENCH_QUICK=1 runs short loads on a smaller "large" database (a smoke run);
 * BENCH_SECONDS, BENCH_SCALE_BRANDS override the durations and the scale.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { frontCachePage, withPostgresCluster } from './cluster'
import { lighthouseScores } from './lighthouse'
import {
  bareServer,
  gzipBytes,
  load,
  median,
  percentile,
  timeToFirstByte,
  type Load,
} from './measure'
import { type Row, table } from './report'
import { addScaleData, buildIfNeeded, prepareDatabase, root, startServer } from './server'

const QUICK = process.env.BENCH_QUICK === '1'
const SECONDS = Number(process.env.BENCH_SECONDS) || (QUICK ? 3 : 10)
const CASE_SECONDS = QUICK ? 5 : 20
const SCALE_BRANDS = Number(process.env.BENCH_SCALE_BRANDS) || (QUICK ? 100 : 1000)
const PORT = 4100
const url = `http://127.0.0.1:${PORT}`
const GUIDE = '/brands/hikvision'

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  PAYLOAD_SECRET: 'resethub-bench-secret',
  PORT: String(PORT),
  HOST: '127.0.0.1',
  PUBLIC_URL: url,
  LOG_LEVEL: 'error',
  // Bench-only settings: the query counter endpoint, and reader allowances raised so the
  // case load measures the write path, not the rate limit. Production code paths are unchanged.
  BENCH: '1',
  RATE_LIMIT_FACTOR: '100000',
  JOBS_INTERVAL_SECONDS: '0',
}
delete env.SMTP_URL
delete env.SUPPORT_EMAIL

type Api = { token: string }
const api = async (p: string, init: { method?: string; body?: unknown; token?: string } = {}) => {
  const res = await fetch(`${url}/api${p}`, {
    method: init.method ?? 'GET',
    headers: {
      'Content-Type': 'application/json',
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${p}: ${res.status} ${await res.text()}`)
  return res.json()
}
const queries = async (): Promise<number> => (await api('/bench/queries')).queries
const signIn = async (): Promise<Api> => {
  const account = { email: 'bench@example.com', password: 'bench password 123', name: 'Bench' }
  await fetch(`${url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...account, confirmPassword: account.password }),
  })
  return { token: (await api('/users/login', { method: 'POST', body: account })).token }
}
const idOf = async (collection: string, where: string, token: string) =>
  (await api(`/${collection}?${where}&depth=0&limit=1`, { token })).docs[0]

/** A cached page: the site against a bare server sending the same bytes, at 10 and 50 connections. */
const cachedPage = async (seconds: number, connectionsList: number[]) => {
  for (let i = 0; i < 3; i++) await fetch(`${url}${GUIDE}`)
  const res = await fetch(`${url}${GUIDE}`, { headers: { 'accept-encoding': 'identity' } })
  const body = Buffer.from(await res.arrayBuffer())
  const headers = Object.fromEntries(
    ['content-type', 'cache-control', 'vary'].flatMap((h) =>
      res.headers.get(h) ? [[h, res.headers.get(h)!]] : [],
    ),
  )
  const bare = await bareServer(body, headers, PORT + 1)
  const results: Record<number, { site: Load; bare: Load; queries: number }> = {}
  try {
    for (const connections of connectionsList) {
      const before = await queries()
      const site = await load(`${url}${GUIDE}`, connections, seconds)
      // Reading the counter makes no query of its own.
      const during = (await queries()) - before
      results[connections] = {
        site,
        bare: await load(bare.url, connections, seconds),
        queries: during,
      }
    }
  } finally {
    await bare.close()
  }
  return { bytes: body.length, results }
}

/** First request after a revalidation: time to first byte and queries, median of `rounds`. */
const render = async (auth: Api, slug: string, rounds: number) => {
  const brand = await idOf('brands', `where[slug][equals]=${slug}`, auth.token)
  const ttfb: number[] = []
  const counts: number[] = []
  let fresh = 0
  for (let i = 0; i < rounds; i++) {
    const summary = `Benchmark summary ${slug} ${i} ${Date.now()}`
    await api(`/brands/${brand.id}`, { method: 'PATCH', body: { summary }, token: auth.token })
    const before = await queries()
    const r = await timeToFirstByte(`${url}/brands/${slug}`)
    counts.push((await queries()) - before)
    ttfb.push(r.ttfb)
    if (r.body.includes(summary)) fresh++
  }
  return {
    ttfb: median(ttfb),
    queries: median(counts),
    maxQueries: Math.max(...counts),
    fresh,
    rounds,
  }
}

/** Update a step through REST, poll its page until the change shows; median of `rounds`. */
const publishToLive = async (auth: Api, rounds: number) => {
  const method = await idOf('methods', 'where[slug][equals]=bench-method-1', auth.token)
  const step = await idOf(
    'steps',
    `where[method][equals]=${method.id}&where[order][equals]=1`,
    auth.token,
  )
  const times: number[] = []
  for (let i = 0; i < rounds; i++) {
    const title = `Edited step ${i} ${Date.now()}`
    await api(`/steps/${step.id}`, { method: 'PATCH', body: { title }, token: auth.token })
    const answered = performance.now()
    for (;;) {
      if ((await (await fetch(`${url}/brands/bench/bench-method-1`)).text()).includes(title)) break
      if (performance.now() - answered > 10_000) throw new Error('an edit did not show within 10 s')
    }
    times.push(performance.now() - answered)
  }
  return median(times)
}

/** Readers' cases from 20 connections against `base`: accepted per second, p99, and nothing lost. */
const cases = async (base: string, token: string, seconds: number) => {
  const get = async (p: string) => {
    const res = await fetch(`${base}/api${p}`, { headers: { Authorization: `JWT ${token}` } })
    if (!res.ok) throw new Error(`GET ${p}: ${res.status} ${await res.text()}`)
    return res.json()
  }
  const brand = (await get('/brands?where[slug][equals]=bench&depth=0&limit=1')).docs[0]
  const count = async () =>
    (
      await get(
        `/comments?where[brand][equals]=${brand.id}&where[parent][exists]=false&limit=1&depth=0`,
      )
    ).totalDocs as number
  const before = await count()
  let n = 0
  const result = await load(`${base}/api/comments`, 20, seconds, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({
            brand: brand.id,
            authorName: 'Load reader',
            deviceModel: 'NVR-8',
            body: `Case ${++n} from the load test: the reset code was refused (${process.pid}).`,
          }),
        }),
      },
    ],
  })
  const stored = (await count()) - before
  return {
    accepted: result.ok / seconds,
    p99: result.p99,
    acknowledged: result.ok,
    stored,
    errors: result.errors,
    refused: result.non2xx,
  }
}

/** Bytes sent for a guide page: its HTML, and its JavaScript split into the framework's runtime and the project's own. */
const weight = async () => {
  const html = await (await fetch(`${url}${GUIDE}`)).text()
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, '.next/build-manifest.json'), 'utf8'),
  ) as { rootMainFiles: string[]; polyfillFiles?: string[] }
  const runtime = new Set(
    [...manifest.rootMainFiles, ...(manifest.polyfillFiles ?? [])].map((f) => `/_next/${f}`),
  )
  const scripts = [
    ...new Set(
      [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&')),
    ),
  ]
  let framework = 0
  let own = 0
  for (const src of scripts) {
    const bytes = gzipBytes(Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer()))
    if (runtime.has(src.split('?')[0])) framework += bytes
    else own += bytes
  }
  return {
    htmlGzip: gzipBytes(html),
    htmlRaw: Buffer.byteLength(html),
    frameworkJsGzip: framework,
    ownJsGzip: own,
    scripts: scripts.length,
  }
}

/**
 * What readers type: brand names, typos, words being typed, model numbers,
 * several words, questions, and words no guide has (the slowest path: every
 * word is looked up for a correction, then the partial search runs).
 */
const SEARCH_QUERIES = [
  'hikvision',
  'Dahua',
  'reolink',
  'hikvsion',
  'dahau',
  'reolnik',
  'hikv',
  'lts',
  'DS-7608NI-K2',
  'ds7616ni',
  'RLN8-410',
  'XVR4104C-X',
  'hikvision guid file',
  'dahua qr code',
  'reset button',
  'forgot password security questions',
  'how do I reset my hikvision nvr',
  'scale brand 512',
  'scale brand 77 password',
  'open the main menu',
  'zebra unicorn',
  'password',
]

type SearchIndexFigures = {
  built: boolean
  buildMs?: number
  documents?: number
  words?: number
  serializedBytes?: number
}

/**
 * Search over the mix of queries, each `rounds` times, after a first search
 * that builds the index (its time and the index's figures reported apart):
 * p50 and p95 of the whole response, the page rendered.
 */
const search = async (rounds: number) => {
  const first = await timeToFirstByte(`${url}/search?q=warm`)
  const index = (await api('/bench/search')) as SearchIndexFigures
  const times: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const q of SEARCH_QUERIES) {
      const res = await timeToFirstByte(`${url}/search?q=${encodeURIComponent(q)}`)
      if (res.status !== 200) throw new Error(`search for ${q}: ${res.status}`)
      times.push(res.total)
    }
  }
  return {
    p50: median(times),
    p95: percentile(times, 95),
    requests: times.length,
    firstSearchMs: first.total,
    index,
  }
}

const started = Date.now()
buildIfNeeded(env)
const { dir, env: dbEnv } = prepareDatabase(env)
let server = await startServer(dbEnv)
const auth = await signIn()

console.log('cached guide page…')
const cached = await cachedPage(SECONDS, [10, 50])
console.log('render after revalidation…')
const renderLarge = await render(auth, 'bench', 20)
const renderSmall = await render(auth, 'uniview', 20)
console.log('publish to live…')
const publish = await publishToLive(auth, 10)
console.log('cases…')
const caseLoad = await cases(url, auth.token, CASE_SECONDS)
console.log('weight and Lighthouse…')
const pageWeight = await weight()
const scores = await lighthouseScores(url, ['/', GUIDE, `${GUIDE}/guid-key-file`])
const searchSmall = await search(2)
console.log('front cache…')
const front = await frontCachePage(url, GUIDE, SECONDS)
await server.stop()

console.log('scale…')
addScaleData(dbEnv, SCALE_BRANDS)
server = await startServer(dbEnv)
const cachedLarge = await cachedPage(SECONDS, [10])
const renderAtScale = await render(auth, 'bench', 20)
const searchLarge = await search(QUICK ? 2 : 5)
await server.stop()
fs.rmSync(dir, { recursive: true, force: true })

console.log('cases on PostgreSQL through two instances…')
const pgCases = await withPostgresCluster(env, (base, token) => cases(base, token, CASE_SECONDS))

const c10 = cached.results[10]
const c50 = cached.results[50]
const rows: Row[] = [
  [
    'guide page through the front cache, 50 connections: requests/s (front cache / nginx sending the same bytes as a file)',
    `${front.front.rps.toFixed(0)} / ${front.file.rps.toFixed(0)}`,
    'ratio ≥ 0.8',
    front.front.rps / front.file.rps,
    (v) => v >= 0.8,
    (v) => v.toFixed(2),
  ],
  [
    'guide page through the front cache, 50 connections: p50 / p99 latency (file: p99)',
    `${front.front.p50} / ${front.front.p99} ms (${front.file.p99} ms)`,
    'p99 ≤ 10 ms',
    front.front.p99,
    (v) => v <= 10,
  ],
  [
    'app alone, cached guide page, 10 connections: requests/s (app / bare Node server sending the same bytes)',
    `${c10.site.rps.toFixed(0)} / ${c10.bare.rps.toFixed(0)}`,
    'ratio ≥ 0.25',
    c10.site.rps / c10.bare.rps,
    (v) => v >= 0.25,
    (v) => v.toFixed(2),
  ],
  [
    'app alone, cached guide page, 10 connections: p50 / p99 latency',
    `${c10.site.p50} / ${c10.site.p99} ms`,
    'p99 ≤ 30 ms',
    c10.site.p99,
    (v) => v <= 30,
  ],
  [
    'cached guide page, 50 connections: requests/s (site / bare), p50 / p99',
    `${c50.site.rps.toFixed(0)} / ${c50.bare.rps.toFixed(0)}, ${c50.site.p50} / ${c50.site.p99} ms`,
    'ratio (reported)',
    c50.site.rps / c50.bare.rps,
    () => true,
    (v) => v.toFixed(2),
  ],
  [
    'database queries during the cached-page load',
    `${c10.queries + c50.queries}`,
    '0',
    c10.queries + c50.queries,
    (v) => v === 0,
  ],
  [
    'render: queries per brand page (10 methods × 10 steps, 30 cases / a small brand)',
    `${renderLarge.queries} / ${renderSmall.queries}`,
    '≤ 5, constant',
    renderLarge.queries,
    (v) => v <= 5 && v === renderSmall.queries,
  ],
  [
    'render: time to first byte after a revalidation (median of 20)',
    `${renderLarge.ttfb.toFixed(1)} ms`,
    '≤ 150 ms',
    renderLarge.ttfb,
    (v) => v <= 150,
  ],
  [
    'publish to live: step edited through REST until shown (median of 10)',
    `${publish.toFixed(0)} ms`,
    '≤ 1000 ms',
    publish,
    (v) => v <= 1000,
  ],
  [
    'cases on SQLite, one instance, 20 connections: accepted per second',
    `${caseLoad.accepted.toFixed(0)}`,
    '≥ 200',
    caseLoad.accepted,
    (v) => v >= 200,
  ],
  ['cases on SQLite: p99 latency', `${caseLoad.p99} ms`, '≤ 150 ms', caseLoad.p99, (v) => v <= 150],
  // autocannon stops counting at the deadline while up to 20 requests are still in flight: those may be
  // stored without being counted, so nothing is lost when stored ≥ acknowledged and the surplus ≤ 20.
  [
    'cases on SQLite: stored / acknowledged (surplus: in flight at the stop)',
    `${caseLoad.stored} / ${caseLoad.acknowledged}`,
    'none lost',
    caseLoad.stored - caseLoad.acknowledged,
    (v) => v >= 0 && v <= 20,
  ],
  [
    `cases on PostgreSQL ${pgCases.postgres.split('.')[0]}, two instances behind the front cache, Redis, 20 connections: accepted per second`,
    `${pgCases.result.accepted.toFixed(0)}`,
    '≥ 300',
    pgCases.result.accepted,
    (v) => v >= 300,
  ],
  [
    'cases on PostgreSQL: p99 latency',
    `${pgCases.result.p99} ms`,
    '≤ 150 ms',
    pgCases.result.p99,
    (v) => v <= 150,
  ],
  [
    'cases on PostgreSQL: stored / acknowledged (surplus: in flight at the stop)',
    `${pgCases.result.stored} / ${pgCases.result.acknowledged}`,
    'none lost',
    pgCases.result.stored - pgCases.result.acknowledged,
    (v) => v >= 0 && v <= 20,
  ],
  [
    `scale (${SCALE_BRANDS} brands × 6 × 8, ${SCALE_BRANDS * 100} cases): cached page requests/s, large / small`,
    `${cachedLarge.results[10].site.rps.toFixed(0)} / ${c10.site.rps.toFixed(0)}`,
    '≥ 0.8',
    cachedLarge.results[10].site.rps / c10.site.rps,
    (v) => v >= 0.8,
    (v) => v.toFixed(2),
  ],
  [
    'scale: render time to first byte, large / small',
    `${renderAtScale.ttfb.toFixed(1)} / ${renderLarge.ttfb.toFixed(1)} ms`,
    '≤ 2',
    renderAtScale.ttfb / renderLarge.ttfb,
    (v) => v <= 2,
    (v) => v.toFixed(2),
  ],
  [
    'scale: render queries per brand page',
    `${renderAtScale.queries}`,
    'same as small',
    renderAtScale.queries,
    (v) => v === renderLarge.queries,
  ],
  [
    `search over ${SCALE_BRANDS} brands (${searchLarge.index.documents ?? '?'} documents): p50 / p95 of ${searchLarge.requests} searches, ${SEARCH_QUERIES.length} kinds of query (small data p95)`,
    `${searchLarge.p50.toFixed(1)} / ${searchLarge.p95.toFixed(1)} ms (${searchSmall.p95.toFixed(1)} ms)`,
    'p95 ≤ 50 ms',
    searchLarge.p95,
    (v) => v <= 50,
  ],
  [
    `search index over ${SCALE_BRANDS} brands: build time (first search), words, size serialized`,
    `${(searchLarge.index.buildMs ?? NaN).toFixed(0)} ms (${searchLarge.firstSearchMs.toFixed(0)} ms), ${searchLarge.index.words ?? '?'} words, ${((searchLarge.index.serializedBytes ?? NaN) / 2 ** 20).toFixed(1)} MB`,
    'reported',
    searchLarge.index.buildMs ?? NaN,
    () => true,
  ],
  [
    'weight: guide page HTML, gzipped',
    `${(pageWeight.htmlGzip / 1024).toFixed(1)} KB (${(pageWeight.htmlRaw / 1024).toFixed(0)} KB raw)`,
    'reported',
    pageWeight.htmlGzip,
    () => true,
  ],
  [
    'weight: project JavaScript beyond the framework runtime, gzipped',
    `${(pageWeight.ownJsGzip / 1024).toFixed(1)} KB (runtime ${(pageWeight.frameworkJsGzip / 1024).toFixed(1)} KB)`,
    '≤ 20 KB',
    pageWeight.ownJsGzip / 1024,
    (v) => v <= 20,
    (v) => v.toFixed(1),
  ],
  ...scores.rows,
]

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`
const markdown = table(rows, machine, QUICK)
const results = {
  when: new Date().toISOString(),
  machine,
  quick: QUICK,
  seconds: SECONDS,
  cached,
  cachedLarge,
  render: { large: renderLarge, small: renderSmall, atScale: renderAtScale },
  publishToLiveMs: publish,
  cases: caseLoad,
  frontCache: front,
  postgresCases: pgCases,
  weight: pageWeight,
  lighthouse: scores.raw,
  search: { small: searchSmall, large: searchLarge },
  rows: rows.map(([figure, measured, target, value, met]) => ({
    figure,
    measured,
    target,
    met: met(value),
  })),
}
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true })
fs.writeFileSync(
  path.join(root, 'bench/results/latest.json'),
  `${JSON.stringify(results, null, 2)}\n`,
)
fs.writeFileSync(path.join(root, 'bench/results/latest.md'), markdown)
// The README shows the latest full run (a quick run is a smoke test, not a result).
if (!QUICK) {
  const readme = path.join(root, 'README.md')
  const text = fs.readFileSync(readme, 'utf8')
  fs.writeFileSync(
    readme,
    text.replace(
      /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
      `<!-- bench:start -->\n${markdown.trim()}\n<!-- bench:end -->`,
    ),
  )
}
console.log(
  `\n${markdown}\nTook ${((Date.now() - started) / 1000).toFixed(0)} s. Written to bench/results/latest.json and latest.md.`,
)
