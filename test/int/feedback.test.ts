/** "Did this work?": stored per method, rate-limited per client, counted for staff only. */
import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { PEER_HEADER } from '../../src/lib/clientAddress'
import { publishedMethod, startApi } from '../helpers/fixtures'
import type { TestContext } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

let ctx: TestContext
let api: RestClient
let tokens: Awaited<ReturnType<typeof startApi>>['tokens']
let content: Awaited<ReturnType<typeof startApi>>['content']

beforeAll(async () => {
  ;({ ctx, api, tokens, content } = await startApi())
})
afterAll(async () => ctx?.close())

const answer = (client: string, body: Record<string, unknown>) =>
  api.post('/feedback', {
    headers: { [PEER_HEADER]: client },
    body: { method: content.method.id, ...body },
  })

test('answers are stored with a reason, and counted per method for staff only', async () => {
  expect((await answer('192.0.2.1', { helpful: 'yes' })).status).toBe(201)
  expect(
    (
      await answer('192.0.2.2', {
        helpful: 'no',
        reason: 'step-mismatch',
        comment: 'Menu looks different',
      })
    ).status,
  ).toBe(201)
  expect((await answer('192.0.2.3', { helpful: 'no', reason: 'missing-requirement' })).status).toBe(
    201,
  )

  const staffView = await api.get(`/methods/${content.method.id}`, { token: tokens.support })
  expect(staffView.body.feedbackSummary).toBe('1 yes · 2 no')
  const publicView = await api.get(`/methods/${content.method.id}`)
  expect(publicView.body.feedbackSummary).toBeUndefined()
  // Readers cannot read answers.
  expect((await api.get('/feedback')).status).toBe(403)
})

test('a step must belong to the method; an unknown reason is refused', async () => {
  const { step } = await publishedMethod(ctx.payload, {
    title: 'Other',
    slug: 'other-m',
    brand: content.brand.id,
    kind: 'menu',
    dataLoss: 'none',
  })
  const wrongStep = await answer('192.0.2.4', { helpful: 'no', step: step.id })
  expect(wrongStep.status).toBe(400)
  expect((await answer('192.0.2.4', { helpful: 'no', reason: 'bored' })).status).toBe(400)
})

test('rate-limited per client: 10 in 10 minutes, then 429; another client is still accepted', async () => {
  for (let i = 0; i < 10; i++)
    expect((await answer('192.0.2.50', { helpful: 'yes' })).status).toBe(201)
  const refused = await answer('192.0.2.50', { helpful: 'yes' })
  expect(refused.status).toBe(429)
  expect(refused.body.errors[0].message).toMatch(/try again/i)
  expect((await answer('192.0.2.51', { helpful: 'yes' })).status).toBe(201)
})
