/**
 * What readers must never see or do: pending cases, private fields, drafts,
 * forged moderation fields and roles; and the login lockout.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { PASSWORD, type RoleName, publishedMethod, startApi } from '../helpers/fixtures'
import type { TestContext } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

let ctx: TestContext
let api: RestClient
let tokens: Record<RoleName, string | undefined>
let users: Awaited<ReturnType<typeof startApi>>['users']
let content: Awaited<ReturnType<typeof startApi>>['content']
let pending: { id: number | string }
let published: { id: number | string }

const SECRET_EMAIL = 'reader-private@example.com'
const PRIVATE_FIELDS = ['authorEmail', 'notifyOnReply', 'ipHash']

beforeAll(async () => {
  ;({ ctx, api, tokens, users, content } = await startApi())
  const base = { authorName: 'Reader', brand: content.brand.id, authorEmail: SECRET_EMAIL, notifyOnReply: true, caseState: 'open' as const }
  pending = await ctx.payload.create({
    collection: 'comments',
    overrideAccess: true,
    data: { ...base, body: 'Pending case: still waiting for moderation.', status: 'pending' },
  })
  published = await ctx.payload.create({
    collection: 'comments',
    overrideAccess: true,
    data: { ...base, body: 'Published case: my recorder keeps asking.', status: 'published' },
  })
})
afterAll(async () => ctx?.close())

describe('comments, anonymously', () => {
  test('REST list holds no pending case and no private field', async () => {
    const res = await api.get('/comments?depth=0&limit=100')
    expect(res.status).toBe(200)
    const ids = res.body.docs.map((d: { id: unknown }) => String(d.id))
    expect(ids).toContain(String(published.id))
    expect(ids).not.toContain(String(pending.id))
    for (const doc of res.body.docs) for (const field of PRIVATE_FIELDS) expect(doc).not.toHaveProperty(field)
    expect(JSON.stringify(res.body)).not.toContain(SECRET_EMAIL)
  })

  test('REST by id refuses a pending case', async () => {
    const res = await api.get(`/comments/${pending.id}`)
    expect([403, 404]).toContain(res.status)
    expect(JSON.stringify(res.body)).not.toContain(SECRET_EMAIL)
  })

  test('a query on a private field does not reveal it', async () => {
    const res = await api.get(`/comments?where[authorEmail][equals]=${encodeURIComponent(SECRET_EMAIL)}`)
    // Either refused outright or answered as if nothing matched: never a hint.
    if (res.status === 200) expect(res.body.docs).toHaveLength(0)
    else expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })

  test('GraphQL list holds no pending case and no e-mail', async () => {
    const res = await api.graphql('{ Comments(limit: 100) { docs { id status authorEmail notifyOnReply ipHash } } }')
    const docs = res.body.data?.Comments?.docs ?? []
    expect(docs.map((d: { id: unknown }) => String(d.id))).not.toContain(String(pending.id))
    for (const doc of docs) {
      expect(doc.status).toBe('published')
      expect(doc.authorEmail ?? null).toBeNull()
      expect(doc.notifyOnReply ?? null).toBeNull()
    }
    expect(JSON.stringify(res.body)).not.toContain(SECRET_EMAIL)
  })

  test('GraphQL by id refuses a pending case', async () => {
    const res = await api.graphql(`{ Comment(id: ${JSON.stringify(pending.id)}) { id authorEmail } }`)
    expect(res.body.data?.Comment ?? null).toBeNull()
    expect(JSON.stringify(res.body)).not.toContain(SECRET_EMAIL)
  })

  test('a reader cannot publish their own case or pass it off as staff', async () => {
    const res = await api.post('/comments', {
      body: { authorName: 'Sly', body: 'Trying to skip moderation here.', status: 'published', caseState: 'resolved', staff: true, ipHash: 'forged' },
    })
    // Refused whole, each field named: a reader's write carries only the form's fields.
    expect(res.status).toBe(400)
    const paths = (res.body.errors ?? []).flatMap((e: { data?: { errors?: { path: string }[] } }) => (e.data?.errors ?? []).map((x) => x.path))
    expect(paths.sort()).toEqual(['caseState', 'ipHash', 'staff', 'status'])
    const sly = await ctx.payload.find({ collection: 'comments', overrideAccess: true, where: { authorName: { equals: 'Sly' } } })
    expect(sly.totalDocs).toBe(0)
    // The form's fields alone are taken, as a pending case of a reader with a hash of their address.
    const ok = await api.post('/comments', { body: { authorName: 'Sly', body: 'Trying to skip moderation here.' } })
    expect(ok.status).toBe(201)
    const stored = await ctx.payload.findByID({ collection: 'comments', id: ok.body.doc.id, overrideAccess: true })
    expect(stored).toMatchObject({ status: 'pending', caseState: 'open', staff: false })
    expect(stored.ipHash).toMatch(/^[0-9a-f]{32}$/)
  })
})

describe('replies joined under a case', () => {
  test('a pending reply and its author’s e-mail never come back with a published case', async () => {
    const hidden = 'reply-private@example.com'
    const reply = await ctx.payload.create({
      collection: 'comments',
      overrideAccess: true,
      data: { authorName: 'Other reader', authorEmail: hidden, body: 'Me too, same model and same problem.', parent: published.id as never, status: 'pending', caseState: 'open' },
    })
    const rest = await api.get(`/comments/${published.id}?depth=2`)
    expect(rest.status).toBe(200)
    expect(JSON.stringify(rest.body)).not.toContain(hidden)
    expect(JSON.stringify(rest.body.replies ?? {})).not.toContain(`"id":${JSON.stringify(reply.id)}`)
    const gql = await api.graphql(`{ Comment(id: ${JSON.stringify(published.id)}) { id replies { docs { id authorEmail body } } } }`)
    expect(JSON.stringify(gql.body)).not.toContain(hidden)
    expect(JSON.stringify(gql.body)).not.toContain('Me too, same model')
  })
})

describe('comments, as staff', () => {
  test('support reads pending cases and private fields', async () => {
    const res = await api.get(`/comments/${pending.id}`, { token: tokens.support })
    expect(res.status).toBe(200)
    expect(res.body.authorEmail).toBe(SECRET_EMAIL)
    expect(res.body.notifyOnReply).toBe(true)
  })

  test('a staff reply is marked staff and published', async () => {
    const res = await api.post('/comments', {
      token: tokens.support,
      body: { authorName: 'Support', body: 'Try the reset button.', parent: published.id, brand: content.brand.id },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({ staff: true, status: 'published' })
  })
})

describe('drafts stay private', () => {
  test('a draft brand, a method of a draft brand and its steps are hidden from readers', async () => {
    const local = { overrideAccess: true } as const
    const brand = await ctx.payload.create({ collection: 'brands', ...local, draft: true, data: { name: 'Secret brand', slug: 'secret-brand', _status: 'draft' } })
    const { method } = await publishedMethod(ctx.payload, { title: 'Hidden', slug: 'hidden', brand: brand.id, kind: 'menu', dataLoss: 'none' })
    const draftMethod = await ctx.payload.create({
      collection: 'methods',
      ...local,
      draft: true,
      data: { title: 'Draft', slug: 'draft', brand: content.brand.id, kind: 'menu', dataLoss: 'none', _status: 'draft' },
    })
    const step = await ctx.payload.create({ collection: 'steps', ...local, data: { method: draftMethod.id, order: 1, title: 'Unseen' } })

    expect((await api.get(`/brands/${brand.id}`)).status).toBe(404)
    expect((await api.get(`/methods/${method.id}`)).status).toBe(404)
    expect((await api.get(`/methods/${draftMethod.id}`)).status).toBe(404)
    expect((await api.get(`/steps/${step.id}`)).status).toBe(404)
    const list = await api.get('/brands?limit=100')
    expect(list.body.docs.map((b: { slug: string }) => b.slug)).not.toContain('secret-brand')

    // Editors see them all.
    expect((await api.get(`/brands/${brand.id}?draft=true`, { token: tokens.editor })).status).toBe(200)
    expect((await api.get(`/steps/${step.id}`, { token: tokens.editor })).status).toBe(200)
  })

  test('general methods (no brand) are public once published', async () => {
    const { method: general } = await publishedMethod(ctx.payload, { title: 'General', slug: 'general-one', kind: 'menu', dataLoss: 'none' })
    expect((await api.get(`/methods/${general.id}`)).status).toBe(200)
  })
})

describe('accounts', () => {
  test('only an admin grants roles', async () => {
    const self = await api.patch(`/users/${users.support.id}`, { token: tokens.support, body: { roles: ['admin'], name: 'Renamed' } })
    expect(self.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'users', id: users.support.id, overrideAccess: true })
    expect(stored.roles).toEqual(['support'])
    expect(stored.name).toBe('Renamed')

    const byAdmin = await api.patch(`/users/${users.support.id}`, { token: tokens.admin, body: { roles: ['support', 'editor'] } })
    expect(byAdmin.status).toBe(200)
    expect(byAdmin.body.doc.roles).toEqual(['support', 'editor'])
  })

  test('support and editors read only their own account', async () => {
    for (const role of ['support', 'editor'] as const) {
      const res = await api.get('/users?limit=100', { token: tokens[role] })
      expect(res.status).toBe(200)
      expect(res.body.docs.map((u: { email: string }) => u.email)).toEqual([users[role].email])
    }
    const anon = await api.get('/users')
    expect(anon.status).toBe(403)
  })

  test('repeated wrong passwords lock the account', async () => {
    await ctx.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'victim@example.com', password: PASSWORD, name: 'Victim', roles: ['editor'] },
    })
    for (let i = 0; i < 5; i++) {
      const res = await api.post('/users/login', { body: { email: 'victim@example.com', password: 'wrong password here' } })
      expect(res.status).toBe(401)
    }
    // Now even the right password is refused until the lock expires or an admin unlocks it.
    const locked = await api.post('/users/login', { body: { email: 'victim@example.com', password: PASSWORD } })
    expect(locked.status).toBeGreaterThanOrEqual(400)
    expect(locked.body.token).toBeUndefined()

    const unlock = await api.post('/users/unlock', { token: tokens.admin, body: { email: 'victim@example.com' } })
    expect(unlock.status).toBe(200)
    expect((await api.post('/users/login', { body: { email: 'victim@example.com', password: PASSWORD } })).status).toBe(200)
  })
})
