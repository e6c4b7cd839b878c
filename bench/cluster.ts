/**
 * The benchmark's production paths: a guide page through the front cache
 * (deploy/nginx/resethub.conf.template) against nginx sending the same bytes
 * as a static file, and readers' cases on PostgreSQL through two instances
 * behind the front cache, sharing Redis, as docker-compose runs them.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  type AppServer,
  launchAppServer,
  migrateAndSeed,
  root,
  runNode,
} from '../scripts/appServer'
import { freePort } from '../scripts/freePort.mjs'
import { startFrontCache, startStaticNginx, testRefreshToken } from '../scripts/frontCache'
import { startPostgres } from '../scripts/postgres.mjs'
import { startRedisServer } from '../scripts/redisServer'

import { load, type Load } from './measure'

/** The page through a front cache in front of `appUrl`, against nginx serving its bytes as a file; 50 connections. */
export const frontCachePage = async (
  appUrl: string,
  page: string,
  seconds: number,
  connections = 50,
) => {
  const [frontPort, staticPort] = [await freePort(), await freePort()]
  const front = startFrontCache(frontPort, [new URL(appUrl).host], testRefreshToken())
  let baseline: ReturnType<typeof startStaticNginx> | undefined
  try {
    // The bytes and type readers get through the front cache (autocannon asks for no encoding).
    const res = await fetch(`${front.url}${page}`, { headers: { 'accept-encoding': 'identity' } })
    const body = Buffer.from(await res.arrayBuffer())
    baseline = startStaticNginx(staticPort, body, res.headers.get('content-type') ?? 'text/html')
    for (let i = 0; i < 3; i++) await fetch(`${front.url}${page}`)
    const cached: Load = await load(`${front.url}${page}`, connections, seconds)
    const file: Load = await load(`${baseline.url}/`, connections, seconds)
    return { bytes: body.length, connections, front: cached, file }
  } finally {
    baseline?.stop()
    front.stop()
  }
}

export type ClusterCases = {
  accepted: number
  p99: number
  acknowledged: number
  stored: number
  errors: number
  refused: number
  postgres: string
}

/**
 * PostgreSQL and Redis started here, the database migrated and seeded with the
 * benchmark's brand, two instances and the front cache; `measure` gets the
 * front cache's address and an admin token, and its result is returned once
 * everything is stopped again.
 */
export const withPostgresCluster = async <T>(
  baseEnv: NodeJS.ProcessEnv,
  measure: (url: string, token: string) => Promise<T>,
) => {
  const postgres = await startPostgres()
  const redis = await startRedisServer()
  const media = fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-bench-cluster-'))
  const instances: AppServer[] = []
  let front: ReturnType<typeof startFrontCache> | undefined
  try {
    const [portA, portB, portFront] = [await freePort(), await freePort(), await freePort()]
    const env: NodeJS.ProcessEnv = {
      ...baseEnv,
      DATABASE_URI: postgres.url,
      REDIS_URL: redis.url,
      MEDIA_DIR: media,
      PUBLIC_URL: `http://127.0.0.1:${portFront}`,
      TRUST_PROXY: '1',
      FRONT_CACHE_URLS: `http://127.0.0.1:${portFront}`,
      FRONT_CACHE_TOKEN: testRefreshToken(),
    }
    migrateAndSeed(env)
    runNode(
      [path.join(root, 'scripts/run-ts.mjs'), 'bench/data.ts'],
      env,
      'bench brand on PostgreSQL',
    )
    instances.push(
      ...(await Promise.all(
        [portA, portB].map((port) =>
          launchAppServer({ ...env, PORT: String(port) }, { quiet: true }),
        ),
      )),
    )
    front = startFrontCache(
      portFront,
      [`127.0.0.1:${portA}`, `127.0.0.1:${portB}`],
      env.FRONT_CACHE_TOKEN!,
    )
    const account = { email: 'bench@example.com', password: 'bench password 123', name: 'Bench' }
    const json = { 'content-type': 'application/json' }
    await fetch(`${front.url}/api/users/first-register`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ ...account, confirmPassword: account.password }),
    })
    const login = await fetch(`${front.url}/api/users/login`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify(account),
    })
    const { token } = (await login.json()) as { token: string }
    return { result: await measure(front.url, token), postgres: postgres.version }
  } finally {
    front?.stop()
    await Promise.all(instances.map((instance) => instance.stop()))
    await redis.close()
    await postgres.stop()
    fs.rmSync(media, { recursive: true, force: true })
  }
}
