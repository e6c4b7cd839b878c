/**
 * Logins under attack: lockout, lockout under concurrency, no way to tell
 * whether an e-mail has an account, unlock by admins only, a minimum password
 * length, and session cookies the browser keeps away from scripts.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { REST_POST } from '@payloadcms/next/routes'

import { Users } from '../../src/collections/Users'
import { sessionCookies } from '../../src/collections/Users/cookies'
import { LOGIN_REFUSED } from '../../src/collections/Users/hooks/sameLoginRefusal'
import { MAX_LOGIN_ATTEMPTS } from '../../src/collections/Users/lockout'
import { MIN_PASSWORD_LENGTH } from '../../src/collections/Users/password'
import { PEER_HEADER } from '../../src/lib/clientAddress'
import { LOGIN_PER_CLIENT_LIMITS } from '../../src/lib/rateLimit'
import { createStaff, PASSWORD, type RoleName, unique } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

const WRONG = 'not the right password'
const SHORT = 'x'.repeat(MIN_PASSWORD_LENGTH - 1)
const LONG_ENOUGH = 'y'.repeat(MIN_PASSWORD_LENGTH)
// As configured, before Payload fills in its defaults when the config is built.
const configuredCookies = typeof Users.auth === 'object' ? { ...Users.auth.cookies } : undefined

let ctx: TestContext
let api: RestClient
beforeAll(async () => {
  ctx = await startPayload()
  api = restClient()
})
afterAll(async () => ctx?.close())

// Each attempt comes from its own client (a /64 of its own), so the per-client limit, tested on its own below, stays out of the lockout tests.
let clients = 0
const login = (
  email: string,
  password: string,
  client = `2001:db8:${(++clients).toString(16)}::1`,
) => api.post('/users/login', { headers: { [PEER_HEADER]: client }, body: { email, password } })

/** The whole answer a client sees, to compare two of them. */
const answer = (res: { status: number; body: unknown }) => ({ status: res.status, body: res.body })

/** A validation answer that names the minimum length. */
const expectTooShort = (res: { status: number; body: unknown }) => {
  expect(res.status).toBe(400)
  expect(JSON.stringify(res.body)).toContain(`at least ${MIN_PASSWORD_LENGTH} characters`)
}

// Runs first, while the database has no account yet.
test('first-register refuses a password shorter than the minimum and takes one of the minimum length', async () => {
  const first = { email: 'first@example.com', name: 'First' }
  expectTooShort(
    await api.post('/users/first-register', {
      body: { ...first, password: SHORT, confirmPassword: SHORT },
    }),
  )
  expect((await ctx.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(0)
  const ok = await api.post('/users/first-register', {
    body: { ...first, password: LONG_ENOUGH, confirmPassword: LONG_ENOUGH },
  })
  expect(ok.status).toBe(200)
})

describe('with staff accounts', () => {
  let tokens: Record<RoleName, string | undefined>
  beforeAll(async () => {
    ;({ tokens } = await createStaff(ctx.payload, api))
  })

  /** A fresh editor account with PASSWORD. */
  const account = async (label: string) => {
    const email = `${unique(label)}@example.com`
    const user = await ctx.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email, password: PASSWORD, name: label, roles: ['editor'] },
    })
    return { email, id: user.id }
  }

  const lock = async (email: string) => {
    for (let i = 0; i < MAX_LOGIN_ATTEMPTS; i++)
      expect((await login(email, WRONG)).status).toBe(401)
  }

  test(`${MAX_LOGIN_ATTEMPTS} wrong passwords lock the account: then the right one is refused too`, async () => {
    const { email } = await account('lockout')
    await lock(email)
    const res = await login(email, PASSWORD)
    expect(res.status).toBe(401)
    expect(res.body.token).toBeUndefined()
  })

  test('fifty wrong passwords at once lock the account as well', async () => {
    const { email, id } = await account('parallel')
    const answers = await Promise.all(Array.from({ length: 50 }, () => login(email, WRONG)))
    expect(answers.map((res) => res.status)).toEqual(Array(50).fill(401))
    const stored = await ctx.payload.findByID({
      collection: 'users',
      id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    expect(new Date(String(stored.lockUntil)).getTime()).toBeGreaterThan(Date.now())
    const res = await login(email, PASSWORD)
    expect(res.status).toBe(401)
    expect(res.body.token).toBeUndefined()
  })

  describe('no account enumeration', () => {
    test('an unknown e-mail and a wrong password get the same answer, which also covers a lock', async () => {
      const { email } = await account('known')
      const unknown = answer(await login(`${unique('nobody')}@example.com`, WRONG))
      expect(answer(await login(email, WRONG))).toEqual(unknown)
      expect(unknown).toEqual({ status: 401, body: { errors: [{ message: LOGIN_REFUSED }] } })
    })

    test('a locked account answers like an unknown e-mail after as many attempts, even to the right password', async () => {
      const { email } = await account('locked')
      const nobody = `${unique('nobody')}@example.com`
      for (let i = 0; i < MAX_LOGIN_ATTEMPTS; i++)
        expect(answer(await login(email, WRONG))).toEqual(answer(await login(nobody, WRONG)))
      // Locked now: neither a wrong nor the right password tells it apart from an unknown e-mail.
      expect(answer(await login(email, WRONG))).toEqual(answer(await login(nobody, WRONG)))
      expect(answer(await login(email, PASSWORD))).toEqual(answer(await login(nobody, PASSWORD)))
    })

    test('GraphQL answers a locked account like an unknown e-mail', async () => {
      const { email } = await account('locked-graphql')
      await lock(email)
      const loginUser = `mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }`
      const locked = answer(
        await api.graphql(loginUser, { variables: { email, password: PASSWORD } }),
      )
      const unknown = answer(
        await api.graphql(loginUser, {
          variables: { email: `${unique('nobody')}@example.com`, password: PASSWORD },
        }),
      )
      expect(locked).toEqual(unknown)
      // Payload's own words for a locked account would name it; the generic refusal speaks of any account.
      expect(JSON.stringify(locked.body)).not.toMatch(/this user is locked/i)
    })

    test('an unknown e-mail takes about as long as a wrong password (both check a hash)', async () => {
      const { email } = await account('timing')
      const nobody = `${unique('nobody')}@example.com`
      const time = async (address: string) => {
        const start = performance.now()
        await login(address, WRONG)
        return performance.now() - start
      }
      // Fewer attempts than the lockout, alternated so that load hits both alike.
      const known: number[] = []
      const unknown: number[] = []
      for (let i = 0; i < 3; i++) {
        known.push(await time(email))
        unknown.push(await time(nobody))
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]
      // Without the dummy hash an unknown e-mail answers some 50 times faster; the margin is for load.
      expect(median(unknown)).toBeGreaterThan(median(known) * 0.3)
    })
  })

  test('only an admin unlocks an account', async () => {
    const { email } = await account('unlock')
    await lock(email)
    for (const role of ['editor', 'support'] as const) {
      expect(
        (await api.post('/users/unlock', { token: tokens[role], body: { email } })).status,
      ).toBe(403)
      expect((await login(email, PASSWORD)).status).toBe(401)
    }
    expect((await api.post('/users/unlock', { body: { email } })).status).toBe(403)
    expect((await api.post('/users/unlock', { token: tokens.admin, body: { email } })).status).toBe(
      200,
    )
    const res = await login(email, PASSWORD)
    expect(res.status).toBe(200)
    expect(res.body.token).toEqual(expect.any(String))
  })

  describe(`passwords have at least ${MIN_PASSWORD_LENGTH} characters`, () => {
    test('when an admin creates an account', async () => {
      const data = (password: string) => ({
        email: `${unique('new')}@example.com`,
        password,
        name: 'New',
      })
      expectTooShort(await api.post('/users', { token: tokens.admin, body: data(SHORT) }))
      expect(
        (await api.post('/users', { token: tokens.admin, body: data(LONG_ENOUGH) })).status,
      ).toBe(201)
    })

    test('when a password is changed, by an admin or by its owner', async () => {
      const { email, id } = await account('change')
      expectTooShort(
        await api.patch(`/users/${id}`, { token: tokens.admin, body: { password: SHORT } }),
      )
      expect((await login(email, PASSWORD)).status).toBe(200)
      const own = await api.login(email, PASSWORD)
      expectTooShort(await api.patch(`/users/${id}`, { token: own, body: { password: SHORT } }))
      expect(
        (await api.patch(`/users/${id}`, { token: own, body: { password: LONG_ENOUGH } })).status,
      ).toBe(200)
      expect((await login(email, LONG_ENOUGH)).status).toBe(200)
    })

    test('when a password is reset with a token', async () => {
      const { email } = await account('reset')
      const token = await ctx.payload.forgotPassword({
        collection: 'users',
        data: { email },
        disableEmail: true,
      })
      expect(token).toEqual(expect.any(String))
      expectTooShort(await api.post('/users/reset-password', { body: { token, password: SHORT } }))
      expect((await login(email, PASSWORD)).status).toBe(200)
      expect(
        (await api.post('/users/reset-password', { body: { token, password: LONG_ENOUGH } }))
          .status,
      ).toBe(200)
      expect((await login(email, LONG_ENOUGH)).status).toBe(200)
    })
  })

  test('the session cookie is HttpOnly and SameSite, and Secure only on an https address', async () => {
    const { email } = await account('cookie')
    const res = await REST_POST(ctx.config)(
      new Request('http://localhost/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      }),
      { params: Promise.resolve({ slug: ['users', 'login'] }) },
    )
    expect(res.status).toBe(200)
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i)
    // Tests run without PUBLIC_URL, as on http://localhost, where a browser would drop a Secure cookie.
    expect(/;\s*Secure/i.test(String(cookie))).toBe(/^https:/i.test(process.env.PUBLIC_URL ?? ''))
  })

  test('forgot-password answers alike for a known and an unknown e-mail', async () => {
    const { email } = await account('forgot')
    const known = answer(await api.post('/users/forgot-password', { body: { email } }))
    const unknown = answer(
      await api.post('/users/forgot-password', {
        body: { email: `${unique('nobody')}@example.com` },
      }),
    )
    expect(known).toEqual(unknown)
    expect(known.status).toBe(200)
  })

  // Payload's own spacing of reset mails wrote outside the request's transaction and
  // failed on SQLite ("database is locked"); limitPasswordResets spaces them instead.
  test('forgot-password succeeds over REST, and a fourth request for one address within 15 minutes is refused', async () => {
    const { email } = await account('forgot-ok')
    for (let i = 0; i < 3; i++)
      expect((await api.post('/users/forgot-password', { body: { email } })).status).toBe(200)
    const fourth = await api.post('/users/forgot-password', { body: { email } })
    expect(fourth.status).toBe(429)
    expect(JSON.stringify(fourth.body)).toMatch(/try again in/i)
  })
})

describe('session cookie options', () => {
  test('come from PUBLIC_URL', () => {
    expect(configuredCookies).toEqual(sessionCookies(process.env.PUBLIC_URL))
  })

  test('are Secure exactly when the public address is https', () => {
    expect(sessionCookies('https://resethub.example')).toMatchObject({
      secure: true,
      sameSite: 'Lax',
    })
    expect(sessionCookies('http://localhost:3000')).toMatchObject({
      secure: false,
      sameSite: 'Lax',
    })
    expect(sessionCookies(undefined)).toMatchObject({ secure: false, sameSite: 'Lax' })
    expect(sessionCookies('HTTPS://RESETHUB.EXAMPLE')).toMatchObject({ secure: true })
  })
})

test('one client gets a limited number of sign-in attempts, across accounts; another client is not held back', async () => {
  const allowance = LOGIN_PER_CLIENT_LIMITS[0].points
  // Twelve addresses of one IPv6 /64 are one client; a spoofed X-Forwarded-For changes nothing.
  const client = (n: number) => `2001:db8:ffff:1::${(n % 12).toString(16)}`
  for (let n = 0; n < allowance; n++) {
    const res = await api.post('/users/login', {
      headers: { [PEER_HEADER]: client(n), 'x-forwarded-for': `203.0.113.${n}` },
      body: { email: `nobody-${n}@example.com`, password: WRONG },
    })
    expect(res.status).toBe(401)
  }
  const refused = await login('nobody-more@example.com', WRONG, client(allowance))
  expect(refused.status).toBe(429)
  expect(JSON.stringify(refused.body)).toMatch(
    /Too many sign-in attempts from your connection\. Please try again in \d+ minutes/,
  )
  // The IPv4-mapped form of an address is that address: it shares its allowance.
  for (let n = 0; n < allowance; n++) await login(`mapped-${n}@example.com`, WRONG, '192.0.2.77')
  expect((await login('mapped-more@example.com', WRONG, '::ffff:192.0.2.77')).status).toBe(429)
  expect((await login('elsewhere@example.com', WRONG, '2001:db8:fffe:1::1')).status).toBe(401)
})
