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
  const base = {
    authorName: 'Reader',
    brand: content.brand.id,
    authorEmail: SECRET_EMAIL,
    notifyOnReply: true,
    caseState: 'open' as const,
  }
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
    for (const doc of res.body.docs)
      for (const field of PRIVATE_FIELDS) expect(doc).not.toHaveProperty(field)
    expect(JSON.stringify(res.body)).not.toContain(SECRET_EMAIL)
  })

  test('REST by id refuses a pending case', async () => {
    const res = await api.get(`/comments/${pending.id}`)
    expect([403, 404]).toContain(res.status)
    expect(JSON.stringify(res.body)).not.toContain(SECRET_EMAIL)
  })

  test('a query on a private field does not reveal it', async () => {
    const res = await api.get(
      `/comments?where[authorEmail][equals]=${encodeURIComponent(SECRET_EMAIL)}`,
    )
    // Either refused outright or answered as if nothing matched: never a hint.
    if (res.status === 200) expect(res.body.docs).toHaveLength(0)
    else expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })

  test('GraphQL list holds no pending case and no e-mail', async () => {
    const res = await api.graphql(
      '{ Comments(limit: 100) { docs { id status authorEmail notifyOnReply ipHash } } }',
    )
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
    const res = await api.graphql(
      `{ Comment(id: ${JSON.stringify(pending.id)}) { id authorEmail } }`,
    )
    expect(res.body.data?.Comment ?? null).toBeNull()
    expect(JSON.stringify(res.body)).not.toContain(SECRET_EMAIL)
  })

  test('a reader cannot publish their own case or pass it off as staff', async () => {
    const res = await api.post('/comments', {
      body: {
        authorName: 'Sly',
        body: 'Trying to skip moderation here.',
        status: 'published',
        caseState: 'resolved',
        staff: true,
        ipHash: 'forged',
      },
    })
    // Refused whole, each field named: a reader's write carries only the form's fields.
    expect(res.status).toBe(400)
    const paths = (res.body.errors ?? []).flatMap((e: { data?: { errors?: { path: string }[] } }) =>
      (e.data?.errors ?? []).map((x) => x.path),
    )
    expect(paths.sort()).toEqual(['caseState', 'ipHash', 'staff', 'status'])
    const sly = await ctx.payload.find({
      collection: 'comments',
      overrideAccess: true,
      where: { authorName: { equals: 'Sly' } },
    })
    expect(sly.totalDocs).toBe(0)
    // The form's fields alone are taken, as a pending case of a reader with a hash of their address.
    const ok = await api.post('/comments', {
      body: { authorName: 'Sly', body: 'Trying to skip moderation here.' },
    })
    expect(ok.status).toBe(201)
    const stored = await ctx.payload.findByID({
      collection: 'comments',
      id: ok.body.doc.id,
      overrideAccess: true,
    })
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
      data: {
        authorName: 'Other reader',
        authorEmail: hidden,
        body: 'Me too, same model and same problem.',
        parent: published.id as never,
        status: 'pending',
        caseState: 'open',
      },
    })
    const rest = await api.get(`/comments/${published.id}?depth=2`)
    expect(rest.status).toBe(200)
    expect(JSON.stringify(rest.body)).not.toContain(hidden)
    expect(JSON.stringify(rest.body.replies ?? {})).not.toContain(
      `"id":${JSON.stringify(reply.id)}`,
    )
    const gql = await api.graphql(
      `{ Comment(id: ${JSON.stringify(published.id)}) { id replies { docs { id authorEmail body } } } }`,
    )
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
      body: {
        authorName: 'Support',
        body: 'Try the reset button.',
        parent: published.id,
        brand: content.brand.id,
      },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({ staff: true, status: 'published' })
  })
})

describe('drafts stay private', () => {
  test('a draft brand, a method of a draft brand and its steps are hidden from readers', async () => {
    const local = { overrideAccess: true } as const
    const brand = await ctx.payload.create({
      collection: 'brands',
      ...local,
      draft: true,
      data: { name: 'Secret brand', slug: 'secret-brand', _status: 'draft' },
    })
    const { method } = await publishedMethod(ctx.payload, {
      title: 'Hidden',
      slug: 'hidden',
      brand: brand.id,
      kind: 'menu',
      dataLoss: 'none',
    })
    const draftMethod = await ctx.payload.create({
      collection: 'methods',
      ...local,
      draft: true,
      data: {
        title: 'Draft',
        slug: 'draft',
        brand: content.brand.id,
        kind: 'menu',
        dataLoss: 'none',
        _status: 'draft',
      },
    })
    const step = await ctx.payload.create({
      collection: 'steps',
      ...local,
      data: { method: draftMethod.id, order: 1, title: 'Unseen' },
    })

    expect((await api.get(`/brands/${brand.id}`)).status).toBe(404)
    expect((await api.get(`/methods/${method.id}`)).status).toBe(404)
    expect((await api.get(`/methods/${draftMethod.id}`)).status).toBe(404)
    expect((await api.get(`/steps/${step.id}`)).status).toBe(404)
    const list = await api.get('/brands?limit=100')
    expect(list.body.docs.map((b: { slug: string }) => b.slug)).not.toContain('secret-brand')

    // Editors see them all.
    expect((await api.get(`/brands/${brand.id}?draft=true`, { token: tokens.editor })).status).toBe(
      200,
    )
    expect((await api.get(`/steps/${step.id}`, { token: tokens.editor })).status).toBe(200)
  })

  test('general methods (no brand) are public once published', async () => {
    const { method: general } = await publishedMethod(ctx.payload, {
      title: 'General',
      slug: 'general-one',
      kind: 'menu',
      dataLoss: 'none',
    })
    expect((await api.get(`/methods/${general.id}`)).status).toBe(200)
  })
})

describe('accounts', () => {
  test('only an admin grants roles', async () => {
    const self = await api.patch(`/users/${users.support.id}`, {
      token: tokens.support,
      body: { roles: ['admin'], name: 'Renamed' },
    })
    expect(self.status).toBe(200)
    const stored = await ctx.payload.findByID({
      collection: 'users',
      id: users.support.id,
      overrideAccess: true,
    })
    expect(stored.roles).toEqual(['support'])
    expect(stored.name).toBe('Renamed')

    const byAdmin = await api.patch(`/users/${users.support.id}`, {
      token: tokens.admin,
      body: { roles: ['support', 'editor'] },
    })
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
      const res = await api.post('/users/login', {
        body: { email: 'victim@example.com', password: 'wrong password here' },
      })
      expect(res.status).toBe(401)
    }
    // Now even the right password is refused until the lock expires or an admin unlocks it.
    const locked = await api.post('/users/login', {
      body: { email: 'victim@example.com', password: PASSWORD },
    })
    expect(locked.status).toBeGreaterThanOrEqual(400)
    expect(locked.body.token).toBeUndefined()

    const unlock = await api.post('/users/unlock', {
      token: tokens.admin,
      body: { email: 'victim@example.com' },
    })
    expect(unlock.status).toBe(200)
    expect(
      (
        await api.post('/users/login', {
          body: { email: 'victim@example.com', password: PASSWORD },
        })
      ).status,
    ).toBe(200)
  })
})

describe('private details are masked on every way out, for everyone but staff', () => {
  const SERIAL = 'C12345678'
  const RAW = [
    SERIAL,
    '00:1A:2B:3C:4D:5E',
    'owner@example.net',
    '+44 20 7946 0958',
    '192.0.2.77',
    'mynvr.ddns.net',
    'QWERTY',
  ]
  const body = `Locked since 2024-05-01 12:30. Serial ${SERIAL}, MAC 00:1A:2B:3C:4D:5E, at 192.0.2.77 / mynvr.ddns.net, verification code QWERTY. Mail owner@example.net or call +44 20 7946 0958.`
  const masked =
    'Locked since 2024-05-01 12:30. Serial [serial number hidden], MAC [MAC address hidden], at [IP address hidden] / [host name hidden], verification code [verification code hidden]. Mail [e-mail hidden] or call [phone number hidden].'
  let kase: { id: number | string }
  const showsNothingRaw = (value: unknown) => {
    const text = JSON.stringify(value)
    for (const raw of RAW) expect(text).not.toContain(raw)
  }

  beforeAll(async () => {
    kase = await ctx.payload.create({
      collection: 'comments',
      overrideAccess: true,
      data: {
        authorName: 'owner@example.net',
        deviceModel: `DS-7608NI-K2 ${SERIAL}`,
        firmware: 'V4.22.005 build 200812',
        body,
        brand: content.brand.id,
        status: 'published',
      },
    })
    // A reader's reply, as trusted code may still store one: masked inside the joined replies too.
    await ctx.payload.create({
      collection: 'comments',
      overrideAccess: true,
      data: {
        authorName: 'Neighbour',
        body: `Same here, mine is ${SERIAL} as well.`,
        parent: kase.id as never,
        status: 'published',
      },
    })
  })

  test('REST by id and in a list, replies joined', async () => {
    const one = await api.get(`/comments/${kase.id}?depth=1`)
    expect(one.status).toBe(200)
    expect(one.body).toMatchObject({
      body: masked,
      authorName: '[e-mail hidden]',
      deviceModel: 'DS-7608NI-K2 [serial number hidden]',
      firmware: 'V4.22.005 build 200812',
    })
    expect(one.body.replies.docs[0].body).toBe('Same here, mine is [serial number hidden] as well.')
    showsNothingRaw(one.body)
    const list = await api.get('/comments?depth=1&limit=100')
    expect(list.body.docs.find((d: { id: unknown }) => String(d.id) === String(kase.id)).body).toBe(
      masked,
    )
    showsNothingRaw(list.body)
  })

  test('GraphQL by id and in a list', async () => {
    const one = await api.graphql(
      `{ Comment(id: ${JSON.stringify(kase.id)}) { body authorName deviceModel replies { docs { body } } } }`,
    )
    expect(one.body.data.Comment.body).toBe(masked)
    showsNothingRaw(one.body)
    const list = await api.graphql(
      '{ Comments(limit: 100) { docs { id body authorName deviceModel firmware parent { body } } } }',
    )
    expect(list.body.data.Comments.docs.length).toBeGreaterThan(0)
    showsNothingRaw(list.body)
  })

  test('the Local API on a visitor’s behalf masks; staff and trusted server code read the original', async () => {
    const asVisitor = await ctx.payload.findByID({
      collection: 'comments',
      id: kase.id,
      overrideAccess: false,
      depth: 0,
    })
    expect(asVisitor.body).toBe(masked)
    const support = await ctx.payload.findByID({
      collection: 'users',
      id: users.support.id,
      overrideAccess: true,
    })
    const asSupport = await ctx.payload.findByID({
      collection: 'comments',
      id: kase.id,
      overrideAccess: false,
      user: support,
      depth: 0,
    })
    expect(asSupport).toMatchObject({
      body,
      authorName: 'owner@example.net',
      deviceModel: `DS-7608NI-K2 ${SERIAL}`,
    })
    const trusted = await ctx.payload.findByID({ collection: 'comments', id: kase.id, depth: 0 })
    expect(trusted.body).toBe(body)
  })

  test('staff read the original through REST and GraphQL', async () => {
    expect((await api.get(`/comments/${kase.id}`, { token: tokens.support })).body.body).toBe(body)
    expect(
      (
        await api.graphql(`{ Comment(id: ${JSON.stringify(kase.id)}) { body } }`, {
          token: tokens.editor,
        })
      ).body.data.Comment.body,
    ).toBe(body)
  })

  test('nobody but staff may filter or sort by the masked text (it would spell the original out)', async () => {
    for (const path of [
      `/comments?where[body][like]=${SERIAL.slice(0, 4)}`,
      `/comments?where[or][0][deviceModel][contains]=C1234`,
      `/comments?where[parent.body][like]=C1`,
      '/comments?sort=-body',
      `/comments/${kase.id}?joins[replies][where][body][like]=C1`,
    ]) {
      const res = await api.get(path)
      expect([path, res.status]).toEqual([path, 400])
      expect(JSON.stringify(res.body)).toContain('cannot be searched or sorted by their text')
    }
    const gql = await api.graphql(
      `{ Comments(where: { body: { like: "${SERIAL.slice(0, 4)}" } }) { docs { id } } }`,
    )
    expect(gql.body.data?.Comments ?? null).toBeNull()
    expect(JSON.stringify(gql.body.errors)).toContain('cannot be searched')
    const joined = await api.graphql(
      `{ Comment(id: ${JSON.stringify(kase.id)}) { replies(where: { body: { like: "C1" } }) { docs { id } } } }`,
    )
    expect(joined.body.data?.Comment?.replies ?? null).toBeNull()
    expect(JSON.stringify(joined.body.errors)).toContain('cannot be searched')
    const staff = await api.get(`/comments?where[body][like]=${SERIAL}`, { token: tokens.support })
    expect(staff.body.docs.map((d: { id: unknown }) => String(d.id))).toContain(String(kase.id))
  })

  test('a staff answer is shown as staff wrote it', async () => {
    const answer = 'Call Dahua support on +44 20 7946 0958, or browse to 192.168.1.108 first.'
    const reply = await api.post('/comments', {
      token: tokens.support,
      body: { parent: kase.id, body: answer },
    })
    expect(reply.status).toBe(201)
    expect((await api.get(`/comments/${reply.body.doc.id}`)).body.body).toBe(answer)
  })
})

describe('a reply is readable only while its case is', () => {
  test('a published staff reply under a pending case is invisible to the public on REST and GraphQL', async () => {
    const hiddenCase = await ctx.payload.create({
      collection: 'comments',
      overrideAccess: true,
      data: {
        authorName: 'Waiting',
        body: 'Pending case whose answer must stay unseen.',
        brand: content.brand.id,
        status: 'pending',
      },
    })
    const reply = await api.post('/comments', {
      token: tokens.support,
      body: { parent: hiddenCase.id, body: 'Answer under a case nobody may read yet.' },
    })
    expect(reply.status).toBe(201)
    expect(reply.body.doc.status).toBe('published')
    const id = reply.body.doc.id
    expect([403, 404]).toContain((await api.get(`/comments/${id}`)).status)
    const list = await api.get('/comments?limit=100&depth=0')
    expect(list.body.docs.map((d: { id: unknown }) => String(d.id))).not.toContain(String(id))
    expect(
      (await api.graphql(`{ Comment(id: ${JSON.stringify(id)}) { id body } }`)).body.data
        ?.Comment ?? null,
    ).toBeNull()
    const gqlList = await api.graphql('{ Comments(limit: 100) { docs { id body } } }')
    expect(JSON.stringify(gqlList.body)).not.toContain('nobody may read yet')
    // Once the case is published, so is its answer; staff saw it all along.
    expect((await api.get(`/comments/${id}`, { token: tokens.support })).status).toBe(200)
    await ctx.payload.update({
      collection: 'comments',
      id: hiddenCase.id,
      overrideAccess: true,
      data: { status: 'published' },
    })
    expect((await api.get(`/comments/${id}`)).status).toBe(200)
  })
})

describe('only staff write replies, and only under a case', () => {
  let kase: { id: number | string }
  let reply: { id: number | string }
  let otherBrand: { id: number | string }

  beforeAll(async () => {
    otherBrand = await ctx.payload.create({
      collection: 'brands',
      overrideAccess: true,
      data: { name: 'Other brand', slug: 'other-brand', _status: 'published' },
    })
    kase = await ctx.payload.create({
      collection: 'comments',
      overrideAccess: true,
      data: {
        authorName: 'Asker',
        body: 'A published case to answer here.',
        brand: content.brand.id,
        method: content.method.id,
        status: 'published',
      },
    })
  })

  test('a reply takes its brand from its case and its author from the staff account', async () => {
    const res = await api.post('/comments', {
      token: tokens.support,
      body: {
        parent: kase.id,
        body: 'Hold reset for 30 seconds.',
        authorName: 'Someone else',
        brand: otherBrand.id,
        method: content.method.id,
      },
    })
    expect(res.status).toBe(201)
    reply = res.body.doc
    const stored = await ctx.payload.findByID({
      collection: 'comments',
      id: reply.id,
      overrideAccess: true,
      depth: 0,
    })
    const { name } = await ctx.payload.findByID({
      collection: 'users',
      id: users.support.id,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({
      authorName: name,
      brand: content.brand.id,
      method: null,
      staff: true,
      status: 'published',
    })
  })

  test('staff cannot open a case: a staff comment without a parent is refused, saying where to answer', async () => {
    const res = await api.post('/comments', {
      token: tokens.support,
      body: {
        authorName: 'Staff',
        body: 'A staff "case" that would skip moderation.',
        brand: content.brand.id,
      },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('“Add new” under Replies')
  })

  test('a reply to a reply is refused', async () => {
    const res = await api.post('/comments', {
      token: tokens.admin,
      body: { parent: reply.id, body: 'Replying to the reply.' },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('That is a reply, not a case')
  })

  test('a reader cannot reply, on REST, GraphQL or the Local API on their behalf', async () => {
    const rest = await api.post('/comments', {
      body: {
        parent: kase.id,
        authorName: 'Reader',
        body: 'A reader trying to reply under a case.',
      },
    })
    expect(rest.status).toBe(400)
    expect(JSON.stringify(rest.body)).toContain('Only support staff reply to a case')
    const gql = await api.graphql(
      `mutation { createComment(data: { parent: ${JSON.stringify(kase.id)}, authorName: "Reader", body: "A reader trying to reply by GraphQL." }) { id } }`,
    )
    expect(gql.body.data?.createComment ?? null).toBeNull()
    expect(JSON.stringify(gql.body.errors)).toMatch(/Only support staff reply|invalid/i)
    await expect(
      ctx.payload.create({
        collection: 'comments',
        overrideAccess: false,
        data: {
          parent: kase.id as never,
          authorName: 'Reader',
          body: 'A reader trying to reply from the form.',
        },
      }),
    ).rejects.toMatchObject({ status: 400 })
    const { totalDocs } = await ctx.payload.count({
      collection: 'comments',
      where: { body: { like: 'A reader trying to reply' } },
    })
    expect(totalDocs).toBe(0)
  })

  test('a case never becomes a reply, nor a reply a case', async () => {
    const other = await ctx.payload.create({
      collection: 'comments',
      overrideAccess: true,
      data: {
        authorName: 'B',
        body: 'Another published case here.',
        brand: content.brand.id,
        status: 'published',
      },
    })
    const intoReply = await api.patch(`/comments/${other.id}`, {
      token: tokens.support,
      body: { parent: kase.id },
    })
    expect(intoReply.status).toBe(400)
    const intoCase = await api.patch(`/comments/${reply.id}`, {
      token: tokens.support,
      body: { parent: null },
    })
    expect(intoCase.status).toBe(400)
    expect(JSON.stringify(intoCase.body)).toContain('A reply stays under the case it answers')
    // Editing the message of a reply is still fine.
    expect(
      (
        await api.patch(`/comments/${reply.id}`, {
          token: tokens.support,
          body: { body: 'Hold reset for 30 seconds, then wait.' },
        })
      ).status,
    ).toBe(200)
  })
})
