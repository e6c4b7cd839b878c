import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { PASSWORD } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient } from '../helpers/rest'

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(async () => ctx?.close())

test('the first account becomes admin, whatever it asked for; a second first-register is refused', async () => {
  const api = restClient()
  const res = await api.post('/users/first-register', {
    body: {
      email: 'first@example.com',
      password: PASSWORD,
      confirmPassword: PASSWORD,
      name: 'First',
      roles: ['support'],
    },
  })
  expect(res.status).toBe(200)
  const [user] = (await ctx.payload.find({ collection: 'users', overrideAccess: true })).docs
  expect(user.roles).toEqual(['admin'])

  const again = await api.post('/users/first-register', {
    body: {
      email: 'second@example.com',
      password: PASSWORD,
      confirmPassword: PASSWORD,
      name: 'Second',
    },
  })
  expect(again.status).toBe(403)
  expect((await ctx.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(1)
})
