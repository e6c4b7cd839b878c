/**
 * `npm run test:cluster`: ResetHub as it runs in production with several
 * instances, all on loopback and all started and stopped here: Debian's
 * PostgreSQL, Redis and nginx (the front cache from deploy/), and two app
 * instances built from this tree. Each check is one of the promises the
 * README's "Running several instances" makes.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'

import {
  type AppServer,
  build,
  launchAppServer,
  migrateAndSeed,
  root,
} from '../../scripts/appServer'
import { freePort } from '../../scripts/freePort.mjs'
import { type FrontCache, startFrontCache, testRefreshToken } from '../../scripts/frontCache'
import { startPostgres } from '../../scripts/postgres.mjs'
import { type RedisServer, startRedisServer } from '../../scripts/redisServer'
import { keepAlive, request } from '../../soak/client'

const LIVE_WITHIN_MS = 1000

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

let postgres: Awaited<ReturnType<typeof startPostgres>>
let redis: RedisServer
let front: FrontCache
let a: AppServer
let b: AppServer
let envA: NodeJS.ProcessEnv
let envB: NodeJS.ProcessEnv
let mediaDir: string
let token: string

/** JSON through one instance's REST API, as the admin. */
const api = async (base: string, route: string, init: { method?: string; body?: unknown } = {}) => {
  const res = await fetch(`${base}/api${route}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${route} answered ${res.status}: ${text}`)
  return JSON.parse(text)
}

const firstDoc = async (base: string, collection: string, where: string) => {
  const { docs } = await api(base, `/${collection}?${where}&limit=1&depth=0`)
  assert.ok(docs[0], `no ${collection} where ${where}`)
  return docs[0]
}

/** Milliseconds until `url` shows `text` (polled), or a failure after 10 s. */
const liveAfter = async (url: string, text: string, since: number) => {
  for (;;) {
    const body = await (await fetch(url, { headers: { 'accept-encoding': 'gzip' } })).text()
    if (body.includes(text)) return performance.now() - since
    if (performance.now() - since > 10_000)
      throw new Error(`${url} did not show “${text}” within 10 s`)
    await sleep(25)
  }
}

/** Renames a step of Hikvision's guide through one instance; resolves when that instance answered. */
const editStep = async (base: string, label: string) => {
  const method = await firstDoc(base, 'methods', 'where[slug][equals]=sadp-support-code')
  const step = await firstDoc(
    base,
    'steps',
    `where[method][equals]=${method.id}&where[order][equals]=1`,
  )
  const title = `${label} ${Date.now()}`
  await api(base, `/steps/${step.id}`, { method: 'PATCH', body: { title } })
  return { title, answered: performance.now() }
}

/** A reader's case from one local address (127.0.0.x: each its own reader to the rate limits). */
let serial = 0
const postCase = async (agent: http.Agent, base: string, brand: number | string) => {
  const answer = await request(agent, `${base}/api/comments`, {
    method: 'POST',
    json: {
      brand,
      authorName: 'Cluster reader',
      deviceModel: 'DS-7608NI',
      body: `Cluster case ${++serial} (${process.pid}): the code was refused.`,
    },
  })
  return {
    status: answer.status,
    id: answer.status === 201 ? (JSON.parse(answer.body).doc?.id as number | string) : undefined,
  }
}
const readerAgent = (n: number) =>
  new http.Agent({ keepAlive: true, maxSockets: 4, localAddress: `127.0.0.${n}` })

/** Which of these cases the database holds, asked through an instance as the admin. */
const storedCases = async (base: string, ids: (number | string)[]) => {
  const found = new Set<string>()
  for (let i = 0; i < ids.length; i += 100) {
    const query = ids
      .slice(i, i + 100)
      .map((id, n) => `where[id][in][${n}]=${id}`)
      .join('&')
    const { docs } = await api(base, `/comments?${query}&limit=100&depth=0&select[id]=true`)
    for (const doc of docs) found.add(String(doc.id))
  }
  return ids.filter((id) => found.has(String(id)))
}

const PAGES = [
  '/',
  '/guide',
  '/brands/hikvision',
  '/brands/dahua',
  '/brands/hikvision/guid-key-file',
  '/brands/reolink',
]

/** `readers` loops reading public pages through `base` for `seconds`; every answer that is not a whole 200 is a failure. */
const readLoad = async (base: string, readers: number, seconds: number) => {
  const agent = keepAlive(readers)
  const failures: string[] = []
  let reads = 0
  const end = Date.now() + seconds * 1000
  await Promise.all(
    Array.from({ length: readers }, async (_, i) => {
      for (let n = i; Date.now() < end; n++) {
        const page = PAGES[n % PAGES.length]
        try {
          const answer = await request(agent, `${base}${page}`)
          reads++
          if (answer.status !== 200) failures.push(`${page}: ${answer.status}`)
        } catch (error) {
          failures.push(`${page}: ${(error as Error).message}`)
        }
      }
    }),
  )
  agent.destroy()
  return { reads, failures }
}

/** `writers` readers (own addresses) sending a case every `pause` ms through `base` for `seconds`. */
const writeLoad = async (
  base: string,
  brand: number | string,
  writers: number,
  seconds: number,
  pause: number,
  firstAddress: number,
) => {
  const acknowledged: (number | string)[] = []
  const statuses: Record<string, number> = {}
  const end = Date.now() + seconds * 1000
  await Promise.all(
    Array.from({ length: writers }, async (_, i) => {
      const agent = readerAgent(firstAddress + i)
      while (Date.now() < end) {
        try {
          const { status, id } = await postCase(agent, base, brand)
          statuses[status] = (statuses[status] ?? 0) + 1
          if (id !== undefined) acknowledged.push(id)
        } catch {
          statuses.network = (statuses.network ?? 0) + 1
        }
        await sleep(pause)
      }
      agent.destroy()
    }),
  )
  return { acknowledged, statuses }
}

before(async () => {
  console.log('MongoDB: not exercised here (no MongoDB server can run on these machines).')
  postgres = await startPostgres()
  console.log(`PostgreSQL ${postgres.version} at ${postgres.url}`)
  redis = await startRedisServer()
  const [portA, portB, portFront] = [await freePort(), await freePort(), await freePort()]
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-cluster-media-'))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: 'resethub-cluster-secret',
    DATABASE_URI: postgres.url,
    REDIS_URL: redis.url,
    PUBLIC_URL: `http://127.0.0.1:${portFront}`,
    MEDIA_DIR: mediaDir,
    HOST: '127.0.0.1',
    // The front cache is the instances' only client but for this test: its X-Forwarded-For is the reader.
    TRUST_PROXY: '1',
    LOG_LEVEL: 'warn',
    // Scheduled publishing checked against the clock: every instance runs the queue each second.
    JOBS_INTERVAL_SECONDS: '1',
    // Each publish is passed on to the front cache at once.
    FRONT_CACHE_URLS: `http://127.0.0.1:${portFront}`,
    FRONT_CACHE_TOKEN: testRefreshToken(),
  }
  delete env.SMTP_URL
  delete env.RATE_LIMIT_FACTOR
  migrateAndSeed(env)
  build(env)
  envA = { ...env, PORT: String(portA) }
  envB = { ...env, PORT: String(portB) }
  ;[a, b] = await Promise.all([launchAppServer(envA), launchAppServer(envB)])
  front = startFrontCache(
    portFront,
    [`127.0.0.1:${portA}`, `127.0.0.1:${portB}`],
    env.FRONT_CACHE_TOKEN!,
  )
  const admin = { email: 'owner@example.com', password: 'cluster owner password', name: 'Owner' }
  const registered = await fetch(`${a.url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...admin, confirmPassword: admin.password }),
  })
  assert.ok(registered.ok, `first-register: ${registered.status}`)
  const login = await fetch(`${b.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  })
  token = (await login.json()).token
  assert.ok(token, 'signed in through the other instance')
})

after(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  const errors = front?.errors() ?? ''
  if (errors.trim()) console.log(`front cache's error log:\n${errors}`)
  front?.stop()
  await redis?.close()
  await postgres?.stop()
  if (mediaDir) fs.rmSync(mediaDir, { recursive: true, force: true })
})

describe('two instances behind the front cache, on PostgreSQL and Redis', () => {
  test('an edit made through instance A is served by B and by the front cache within 1 s', async () => {
    // Every copy warm first: A's, B's and the front cache's.
    for (const base of [a.url, b.url, front.url, front.url])
      assert.equal((await fetch(`${base}/brands/hikvision`)).status, 200)
    // A fresh instance's first render after a revalidation loads code it has not run yet: one edit first, not measured.
    const warmUp = await editStep(a.url, 'Warm-up edit')
    await liveAfter(`${b.url}/brands/hikvision`, warmUp.title, warmUp.answered)
    for (let round = 1; round <= 3; round++) {
      const { title, answered } = await editStep(a.url, `Edited through A, round ${round}`)
      const [onB, onFront] = await Promise.all([
        liveAfter(`${b.url}/brands/hikvision`, title, answered),
        liveAfter(`${front.url}/brands/hikvision`, title, answered),
      ])
      console.log(
        `round ${round}: live on B after ${onB.toFixed(0)} ms, through the front cache after ${onFront.toFixed(0)} ms`,
      )
      assert.ok(onB <= LIVE_WITHIN_MS, `B showed it after ${onB.toFixed(0)} ms`)
      assert.ok(
        onFront <= LIVE_WITHIN_MS,
        `the front cache showed it after ${onFront.toFixed(0)} ms`,
      )
    }
  })

  test('the front cache keeps public pages and never a signed-in editor’s', async () => {
    await fetch(`${front.url}/brands/dahua`)
    const second = await fetch(`${front.url}/brands/dahua`)
    assert.match(
      second.headers.get('x-cache') ?? '',
      /HIT|REVALIDATED|UPDATING/,
      'a second read is answered from the cache',
    )
    const staff = await fetch(`${front.url}/brands/dahua`, {
      headers: { cookie: `payload-token=${token}` },
    })
    assert.match(staff.headers.get('x-cache') ?? '', /BYPASS/, 'staff pass the cache')
  })

  test('6 cases from one reader through alternating instances: the 6th is refused with 429', async () => {
    const brand = (await firstDoc(a.url, 'brands', 'where[slug][equals]=hikvision')).id
    const agent = readerAgent(2)
    const statuses: number[] = []
    for (let i = 0; i < 6; i++)
      statuses.push((await postCase(agent, i % 2 ? b.url : a.url, brand)).status)
    agent.destroy()
    assert.deepEqual(statuses, [201, 201, 201, 201, 201, 429])
  })

  test('a scheduled publish happens once, with both instances running the queue', async () => {
    const brand = (await firstDoc(a.url, 'brands', 'where[slug][equals]=dahua')).id
    const method = await api(a.url, '/methods?draft=true', {
      method: 'POST',
      body: {
        brand,
        title: 'Scheduled in the cluster',
        slug: `scheduled-${Date.now()}`,
        kind: 'other',
        dataLoss: 'none',
        order: 90,
        _status: 'draft',
      },
    })
    // A method is published only with steps that say something: one borrowed from the seeded guides.
    const sample = await firstDoc(a.url, 'steps', 'where[order][equals]=1')
    await api(a.url, '/steps', {
      method: 'POST',
      body: { method: method.doc.id, order: 1, title: 'One step', body: sample.body },
    })
    const at = new Date(Date.now() + 2500)
    const queued = spawnSync(
      process.execPath,
      [
        path.join(root, 'scripts/run-ts.mjs'),
        'test/cluster/jobs.ts',
        'queue',
        String(method.doc.id),
        at.toISOString(),
      ],
      {
        cwd: root,
        env: envA,
        encoding: 'utf8',
      },
    )
    assert.equal(queued.status, 0, queued.stderr)
    const { job } = JSON.parse(queued.stdout.trim().split('\n').at(-1)!)
    // Its time, then several ticks of both instances' schedulers.
    await sleep(at.getTime() - Date.now() + 5000)
    const counted = spawnSync(
      process.execPath,
      [
        path.join(root, 'scripts/run-ts.mjs'),
        'test/cluster/jobs.ts',
        'count',
        String(method.doc.id),
        String(job),
      ],
      {
        cwd: root,
        env: envA,
        encoding: 'utf8',
      },
    )
    assert.equal(counted.status, 0, counted.stderr)
    const result = JSON.parse(counted.stdout.trim().split('\n').at(-1)!)
    console.log(`scheduled publish: ${JSON.stringify(result)}`)
    assert.equal(result.completed, true, `the job ran to its end: ${JSON.stringify(result.errors)}`)
    // Each run of a publish writes a published version: two instances running the job would leave two.
    assert.equal(result.publishedVersions, 1, 'published once')
  })

  test('SIGKILL of one instance under 200 concurrent readers for 20 s: no failed read at the front cache, no acknowledged case lost', async () => {
    const brand = (await firstDoc(a.url, 'brands', 'where[slug][equals]=reolink')).id
    const reading = readLoad(front.url, 200, 20)
    const writing = writeLoad(front.url, brand, 10, 20, 3000, 10)
    await sleep(6000)
    await a.crash()
    const [reads, writes] = await Promise.all([reading, writing])
    console.log(
      `reads: ${reads.reads}, failed: ${reads.failures.length}; cases: ${JSON.stringify(writes.statuses)}`,
    )
    assert.deepEqual(reads.failures.slice(0, 10), [], 'every read answered 200')
    assert.ok(writes.acknowledged.length > 0, 'cases were acknowledged')
    assert.deepEqual(
      await storedCases(b.url, writes.acknowledged),
      writes.acknowledged,
      'every acknowledged case is stored',
    )
    a = await launchAppServer(envA)
  })

  test('with Redis stopped for 10 s pages are still served and correct, nothing is lost, and all is shared again after', async () => {
    const brand = (await firstDoc(a.url, 'brands', 'where[slug][equals]=lorex')).id
    await redis.stop()
    const outage = performance.now()
    const reading = Promise.all([
      readLoad(front.url, 20, 10),
      readLoad(a.url, 5, 10),
      readLoad(b.url, 5, 10),
    ])
    const writing = writeLoad(front.url, brand, 5, 10, 2500, 40)
    // An edit during the outage is still shown by both instances: neither serves what it cannot prove fresh.
    const during = await editStep(b.url, 'Edited while Redis was away')
    const duringOnA = await liveAfter(`${a.url}/brands/hikvision`, during.title, during.answered)
    const [reads, writes] = await Promise.all([reading, writing])
    const failures = reads.flatMap((r) => r.failures)
    console.log(
      `outage: reads ${reads.map((r) => r.reads).join(' / ')}, failed ${failures.length}; cases ${JSON.stringify(writes.statuses)}; edit live on A after ${duringOnA.toFixed(0)} ms`,
    )
    assert.deepEqual(failures.slice(0, 10), [], 'every read answered 200 while Redis was away')
    assert.ok(writes.acknowledged.length > 0, 'cases were acknowledged while Redis was away')
    await sleep(Math.max(0, 10_000 - (performance.now() - outage)))
    await redis.start()
    assert.deepEqual(
      await storedCases(a.url, writes.acknowledged),
      writes.acknowledged,
      'every acknowledged case is stored',
    )

    // Back: an edit through B is live on A and through the front cache within a second again.
    await sleep(2000)
    const back = await editStep(b.url, 'Edited after Redis came back')
    const [onA, onFront] = await Promise.all([
      liveAfter(`${a.url}/brands/hikvision`, back.title, back.answered),
      liveAfter(`${front.url}/brands/hikvision`, back.title, back.answered),
    ])
    console.log(
      `after the outage: live on A after ${onA.toFixed(0)} ms, through the front cache after ${onFront.toFixed(0)} ms`,
    )
    assert.ok(onA <= LIVE_WITHIN_MS && onFront <= LIVE_WITHIN_MS)
    assert.ok(
      a.log.concat(b.log).some((line) => /redis/i.test(line)),
      'the instances said in their log that Redis went away',
    )
  })
})
