/**
 * Job queues with REDIS_URL: when the minute ticks of two instances meet, one
 * of them runs the queue, so a due job runs once; while Redis is away the
 * queues wait rather than risk running a job twice.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'

import { startRedisServer, type RedisServer } from '../../scripts/redisServer'
import { runQueueAlone } from '../../src/jobs/oneInstance'
import { MAIL_QUEUE } from '../../src/jobs/queues'
import { closeSharedRedis } from '../../src/shared/redis.mjs'
import type { TestContext } from '../helpers/payload'

let redis: RedisServer
let ctx: TestContext

beforeAll(async () => {
  redis = await startRedisServer()
  process.env.REDIS_URL = redis.url
  const { startPayload } = await import('../helpers/payload')
  ctx = await startPayload()
})
afterAll(async () => {
  await ctx?.close()
  await closeSharedRedis()
  await redis?.close()
  delete process.env.REDIS_URL
})

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('one instance runs a queue at a time', () => {
  test('of two ticks at the same moment one runs the queue; the next tick runs it again', async () => {
    let runs = 0
    // The run holds the queue until the other tick has had its answer: no timing decides the outcome.
    let finish = () => {}
    const held = new Promise<void>((resolve) => (finish = resolve))
    const run = async () => {
      runs++
      await held
    }
    const ticks = [runQueueAlone('default', run), runQueueAlone('default', run)]
    expect(await Promise.race(ticks)).toBe('busy')
    finish()
    expect((await Promise.all(ticks)).sort()).toEqual(['busy', 'ran'])
    expect(runs).toBe(1)
    // Released when the run ends, and per queue.
    const quick = async () => void runs++
    expect(
      await Promise.all([runQueueAlone('default', quick), runQueueAlone(MAIL_QUEUE, quick)]),
    ).toEqual(['ran', 'ran'])
  })

  test('a due e-mail is sent once when the ticks of two instances meet', async () => {
    const warn = jest.spyOn(ctx.payload.logger, 'warn')
    try {
      for (let i = 0; i < 3; i++) {
        await ctx.payload.jobs.queue({
          task: 'sendEmail',
          queue: MAIL_QUEUE,
          input: {
            message: { to: `reader${i}@example.com`, subject: `Answer ${i}`, text: 'Hello' },
          },
        })
      }
      const tick = () =>
        runQueueAlone(MAIL_QUEUE, () => ctx.payload.jobs.run({ queue: MAIL_QUEUE, limit: 20 }))
      await Promise.all([tick(), tick(), tick()])
      // Whatever a busy tick left is taken by the next one.
      await tick()
      const sent = warn.mock.calls
        .map(([entry]) => entry as { msg?: string; to?: string })
        .filter((entry) => /this e-mail was logged/.test(entry.msg ?? ''))
      expect(sent.map((entry) => entry.to).sort()).toEqual([
        'reader0@example.com',
        'reader1@example.com',
        'reader2@example.com',
      ])
    } finally {
      warn.mockRestore()
    }
  })

  test('while Redis is away the queues wait, and the log says so once', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      await redis.stop()
      let runs = 0
      const run = async () => void runs++
      expect(await runQueueAlone('default', run)).toBe('waiting-for-redis')
      expect(await runQueueAlone(MAIL_QUEUE, run)).toBe('waiting-for-redis')
      expect(runs).toBe(0)
      expect(
        warn.mock.calls.filter(([line]) =>
          /^Without Redis: scheduled publishing and e-mail wait/.test(String(line)),
        ),
      ).toHaveLength(1)

      await redis.start()
      const deadline = Date.now() + 10_000
      while ((await runQueueAlone('default', run)) !== 'ran') {
        if (Date.now() > deadline) throw new Error('the queue did not run once Redis was back')
        await sleep(100)
      }
      expect(runs).toBe(1)
    } finally {
      error.mockRestore()
      warn.mockRestore()
    }
  })
})
