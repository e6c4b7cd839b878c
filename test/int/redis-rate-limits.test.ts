/**
 * Readers' rate limits with REDIS_URL: two server processes (each its own
 * memory and its own Redis connection) share one allowance, so "5 cases in 10
 * minutes" means 5 in total; while Redis is away each process counts alone,
 * says so, and shares again once Redis is back.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { startRedisServer, type RedisServer } from '../../scripts/redisServer'
import { startInstance, type Instance } from '../helpers/instance'

let redis: RedisServer
let a: Instance
let b: Instance

beforeAll(async () => {
  redis = await startRedisServer()
  ;[a, b] = await Promise.all([
    startInstance({ REDIS_URL: redis.url }),
    startInstance({ REDIS_URL: redis.url }),
  ])
})
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  await redis?.close()
})

const TOO_MANY = /^Too many cases from your connection\. Please try again in \d+ minutes\.$/

const fiveCases = async (instance: Instance, client: string) => {
  for (let i = 0; i < 5; i++) expect(await instance.consumeCase(client)).toEqual({ ok: true })
}

const until = async (check: () => boolean, what: string, ms = 10_000) => {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

test('five cases on one instance use up the allowance on the other too', async () => {
  await fiveCases(a, 'client-1')
  const sixth = await b.consumeCase('client-1')
  expect(sixth).toMatchObject({ ok: false, status: 429 })
  expect(sixth.ok === false && sixth.message).toMatch(TOO_MANY)
  // Another client is not touched.
  expect(await b.consumeCase('client-2')).toEqual({ ok: true })
})

test('while Redis is away each instance counts alone and says so; shared again once it is back', async () => {
  await redis.stop()
  await fiveCases(a, 'client-3')
  expect(await a.consumeCase('client-3')).toMatchObject({ ok: false, status: 429 })
  await fiveCases(b, 'client-3')
  expect(await b.consumeCase('client-3')).toMatchObject({ ok: false, status: 429 })
  for (const instance of [a, b]) {
    expect(instance.log()).toMatch(/^Redis lost/m)
    expect(instance.log()).toMatch(/^Without Redis: rate limits count on each instance alone/m)
  }

  await redis.start()
  await until(
    () => [a, b].every((instance) => /^Redis is back:/m.test(instance.log())),
    'both instances to find Redis again',
  )
  await fiveCases(b, 'client-4')
  expect(await a.consumeCase('client-4')).toMatchObject({ ok: false, status: 429 })
})
