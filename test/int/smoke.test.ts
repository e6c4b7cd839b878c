import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { restClient } from '../helpers/rest'
import { startPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(async () => ctx?.close())

test('REST answers', async () => {
  const api = restClient(ctx.config)
  const res = await api.get('/brands?depth=0')
  expect(res.status).toBe(200)
  expect(res.body.docs).toEqual([])
})
