import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { mediaDir } from '../../src/collections/Media'
import { whereQuery } from '../../src/lib/whereQuery'
import { searchGuides } from '../../src/queries/search'
import { startApi } from '../helpers/fixtures'
import {
  CONFUSED,
  generatedStrings,
  generatedValues,
  generatedWheres,
  HANDWRITTEN,
  RAW_BODIES,
} from '../helpers/hostile'
import type { TestContext } from '../helpers/payload'
import type { ApiResponse, RestClient } from '../helpers/rest'
import { query, sql, tableNames } from '../helpers/sql'

/**
 * Hostile input at every public way in (cases, feedback, login, forgot-password,
 * GraphQL, search): no answer is a 5xx, every refusal is a 4xx with a message a
 * person can read, and a refused request leaves every stored row as it was.
 * The browser half (stored strings never run, the search page) is test/e2e/7-hostile.e2e.ts.
 */

let ctx: TestContext
let api: RestClient
let content: Awaited<ReturnType<typeof startApi>>['content']

beforeAll(async () => {
  ;({ ctx, api, content } = await startApi())
}, 120_000)
afterAll(async () => ctx?.close())

/**
 * What a refused request must not change: every row of every table, except the
 * login counters that a wrong password is meant to move (the lockout).
 */
const IGNORED_COLUMNS: Record<string, string[]> = {
  users: ['login_attempts', 'lock_until', 'updated_at'],
}
const snapshot = async () => {
  // The mail queue's tables change in the background (mail queued by an earlier, accepted request goes out meanwhile).
  const tables = (await tableNames(ctx.payload)).filter((name) => !name.startsWith('payload_jobs'))
  const hash = createHash('sha256')
  for (const table of tables) {
    const rows = (await query(ctx.payload, sql`select * from ${sql.identifier(table)}`)).map(
      (row) => {
        const kept = Object.fromEntries(
          Object.entries(row).filter(([column]) => !IGNORED_COLUMNS[table]?.includes(column)),
        )
        return `${table}:${JSON.stringify(kept, (_k, v) => (typeof v === 'bigint' ? String(v) : v))}`
      },
    )
    // Sorted here: the order a database returns rows in is not part of what must stay the same.
    for (const row of rows.sort()) hash.update(`${row}\n`)
  }
  return hash.digest('hex')
}

/** A message a person can act on, wherever Payload puts it. */
const messageOf = (res: ApiResponse): string => {
  const body = res.body
  if (typeof body !== 'object' || body === null) return ''
  return String(body.errors?.[0]?.message ?? body.message ?? '')
}

type Probe = {
  way: string
  label: string
  send: (client: string) => Promise<ApiResponse>
  graphql?: boolean
  mustRefuse?: boolean
}
const probes: Probe[] = []
const short = (value: unknown) => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

// Each probe comes from its own address, so the readers' rate limit (tested elsewhere) does not answer for the validation.
const from = (client: string) => ({ 'x-resethub-peer': client })

const strings = [...HANDWRITTEN, ...generatedStrings(60)]
const values = [...CONFUSED, ...generatedValues(20)]

const add = (way: string, label: string, send: Probe['send'], graphql = false) =>
  probes.push({ way, label, send, graphql })

beforeAll(() => {
  const brand = content.brand.id
  const method = content.method.id
  for (const s of strings) {
    add('cases', `strings ${short(s)}`, (c) =>
      api.post('/comments', {
        headers: from(c),
        body: {
          brand,
          authorName: s,
          deviceModel: s,
          firmware: s,
          body: `The recorder still refuses the code: ${s}`,
        },
      }),
    )
    add('feedback', `strings ${short(s)}`, (c) =>
      api.post('/feedback', {
        headers: from(c),
        body: { method, helpful: 'no', reason: s, comment: s },
      }),
    )
    add('login', `strings ${short(s)}`, (c) =>
      api.post('/users/login', { headers: from(c), body: { email: s, password: s } }),
    )
    add('forgot-password', `strings ${short(s)}`, (c) =>
      api.post('/users/forgot-password', { headers: from(c), body: { email: s } }),
    )
    add(
      'graphql',
      `variables ${short(s)}`,
      (c) =>
        api.graphql(
          'mutation ($name: String!, $body: String!) { createComment(data: { authorName: $name, body: $body, brand: ' +
            brand +
            ' }) { id status } }',
          {
            headers: from(c),
            variables: { name: s, body: `The recorder still refuses the code: ${s}` },
          },
        ),
      true,
    )
  }
  for (const v of values) {
    for (const field of [
      'brand',
      'method',
      'authorName',
      'body',
      'authorEmail',
      'notifyOnReply',
      'status',
      'parent',
      'caseState',
      'staff',
    ]) {
      add('cases', `${field} = ${short(v)}`, (c) =>
        api.post('/comments', {
          headers: from(c),
          body: {
            brand,
            authorName: 'Reader',
            body: 'The recorder still refuses the reset code.',
            [field]: v,
          },
        }),
      )
    }
    add('feedback', `method = ${short(v)}`, (c) =>
      api.post('/feedback', { headers: from(c), body: { method: v, helpful: 'no' } }),
    )
    add('feedback', `helpful = ${short(v)}`, (c) =>
      api.post('/feedback', { headers: from(c), body: { method, helpful: v } }),
    )
    add('login', `email = ${short(v)}`, (c) =>
      api.post('/users/login', { headers: from(c), body: { email: v, password: 'x' } }),
    )
    add('login', `password = ${short(v)}`, (c) =>
      api.post('/users/login', {
        headers: from(c),
        body: { email: 'admin@example.com', password: v },
      }),
    )
    add('forgot-password', `email = ${short(v)}`, (c) =>
      api.post('/users/forgot-password', { headers: from(c), body: { email: v } }),
    )
    add(
      'graphql',
      `variable of the wrong type ${short(v)}`,
      (c) =>
        api.graphql(
          'mutation ($name: String!) { createComment(data: { authorName: $name, body: "The recorder still refuses the code.", brand: ' +
            brand +
            ' }) { id } }',
          { headers: from(c), variables: { name: v } },
        ),
      true,
    )
  }
  for (const raw of RAW_BODIES) {
    for (const path of ['/comments', '/feedback', '/users/login', '/users/forgot-password']) {
      add(path.slice(1), `raw body ${short(raw)}`, (c) =>
        api.post(path, { headers: from(c), body: raw }),
      )
    }
    add('graphql', `raw body ${short(raw)}`, (c) => api.graphqlRaw(raw, { headers: from(c) }), true)
  }
  for (const query of [
    ...HANDWRITTEN.slice(0, 20),
    '{ ' + Array.from({ length: 2000 }, (_, i) => `a${i}: __typename`).join(' ') + ' }',
    'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }',
    '{ Comments(where: { authorEmail: { exists: true } }) { docs { authorEmail ipHash } } }',
    '{ Users { docs { email hash salt } } }',
    'mutation { createUser(data: { email: "x@example.com", password: "password password", name: "X", roles: admin }) { id } }',
    'mutation { updateComment(id: 1, data: { status: published }) { id } }',
    '{ Comments(limit: 100000000) { totalDocs } }',
    '{ Brands(where: { slug: { like: "%" } }, sort: "__proto__") { docs { id } } }',
  ]) {
    add('graphql', `query ${short(query)}`, (c) => api.graphql(query, { headers: from(c) }), true)
  }
})

/** Sends each probe in turn; what went wrong, as lines. */
const runProbes = async (list: Probe[], title: string) => {
  const failures: string[] = []
  let before = await snapshot()
  let client = 0
  const tally: Record<string, { sent: number; refused: number }> = {}
  for (const probe of list) {
    const res = await probe.send(`198.51.100.${++client % 250}-${client}`)
    const after = await snapshot()
    const where = `${probe.way}: ${probe.label}`
    const count = (tally[probe.way] ??= { sent: 0, refused: 0 })
    count.sent++
    // GraphQL refuses inside a 200 answer too, with `errors` and no data (the GraphQL convention).
    const graphqlRefusal =
      probe.graphql &&
      res.status === 200 &&
      Array.isArray(res.body?.errors) &&
      res.body.errors.length > 0
    const refused = res.status >= 400 || graphqlRefusal
    if (res.status >= 500) failures.push(`${where} → ${res.status} ${short(res.body)}`)
    else if (refused) {
      count.refused++
      if (!messageOf(res).trim()) failures.push(`${where} → ${res.status} without a message`)
      if (
        after !== before &&
        !(graphqlRefusal && res.body?.data && Object.values(res.body.data).some(Boolean))
      )
        failures.push(`${where} → refused (${res.status}) but stored data changed`)
    } else if (res.status >= 300) failures.push(`${where} → unexpected ${res.status}`)
    else if (probe.mustRefuse) failures.push(`${where} → ${res.status}, not refused`)
    before = after
  }
  console.log(
    `${title}: ${list.length} requests; ${Object.entries(tally)
      .map(([way, t]) => `${way} ${t.sent} (${t.refused} refused)`)
      .join(', ')}`,
  )
  return failures
}

test('hostile input: no 5xx, every refusal a 4xx with a message, nothing stored by a refusal', async () => {
  expect(probes.length).toBeGreaterThanOrEqual(300)
  expect(await runProbes(probes, 'hostile input')).toEqual([])
}, 600_000)

/**
 * A client's mistakes: each must be a 4xx with a message (never a 500) and
 * never logged at error level with a stack trace. What Payload's logger writes
 * is read where it writes it (its stream), and console.error is watched too.
 */
const mistakes: Probe[] = []
const mistake = (way: string, label: string, send: Probe['send'], graphql = false) =>
  mistakes.push({ way, label, send, graphql, mustRefuse: true })
const ids = [
  'abc',
  '1.5',
  '1e400',
  '99999999999999999999',
  '2147483648',
  '-',
  '[object Object]',
  '%C0%AF',
]

beforeAll(async () => {
  const get = (p: string) => (c: string) => api.get(p, { headers: from(c) })
  for (const collection of ['brands', 'methods', 'steps', 'comments']) {
    for (const operator of ['in', 'not_in', 'all']) {
      for (const id of ids)
        mistake(
          `where ${operator}`,
          `${collection} id ${operator} ${id}`,
          get(`/${collection}?${whereQuery({ id: { [operator]: id } })}`),
        )
      mistake(
        `where ${operator}`,
        `${collection} id ${operator} [object]`,
        get(`/${collection}?where[id][${operator}][0][a]=b`),
      )
      mistake(
        `where ${operator}`,
        `${collection} createdAt ${operator} not-a-date`,
        get(
          `/${collection}?${whereQuery({ createdAt: { [operator]: ['not a date', '2024-05-01'] } })}`,
        ),
      )
    }
    for (const operator of ['greater_than', 'less_than', 'greater_than_equal', 'equals']) {
      mistake(
        'where date',
        `${collection} createdAt ${operator} a non-date`,
        get(`/${collection}?${whereQuery({ createdAt: { [operator]: 'last tuesday-ish' } })}`),
      )
    }
    for (const page of ['1e400', '99999999999999999999', '-1', '0', 'NaN', '1.5'])
      mistake('page', `${collection} page=${page}`, get(`/${collection}?page=${page}`))
    for (const limit of ['1e400', '99999999999999999999', 'Infinity'])
      mistake('limit', `${collection} limit=${limit}`, get(`/${collection}?limit=${limit}`))
    const ors = Array.from({ length: 1000 }, (_, i) => ({ id: { equals: i + 1 } }))
    mistake(
      'where size',
      `${collection} 1000 or clauses`,
      get(`/${collection}?${whereQuery({ or: ors })}`),
    )
    mistake(
      'where size',
      `${collection} 1000 and clauses`,
      get(`/${collection}?${whereQuery({ and: ors })}`),
    )
  }
  mistake(
    'where size',
    'GraphQL 1000 OR clauses',
    (c) =>
      api.graphql(
        `{ Comments(where: { OR: [${Array.from({ length: 1000 }, (_, i) => `{ id: { equals: ${i + 1} } }`).join(', ')}] }) { totalDocs } }`,
        { headers: from(c) },
      ),
    true,
  )
  mistake(
    'where size',
    'GraphQL limit past a number',
    (c) => api.graphql('{ Comments(page: 99999999999) { totalDocs } }', { headers: from(c) }),
    true,
  )
  // What PostgreSQL cannot compare or hold (its ids are 32-bit, its choices enums, its text without NUL, its years four digits): the same refusal on every database.
  mistake('database limits', 'a document by an id past every id', get('/brands/2147483648'))
  mistake(
    'database limits',
    'text holding NUL',
    get(`/brands?${whereQuery({ name: { equals: 'a\u0000b' } })}`),
  )
  mistake(
    'database limits',
    'a choice that is not one of its options',
    get(`/methods?${whereQuery({ kind: { equals: 'nope' } })}`),
  )
  mistake(
    'database limits',
    '"like" on a choice',
    get(`/methods?${whereQuery({ requirements: { like: 'old' } })}`),
  )
  mistake(
    'database limits',
    'a five-digit year',
    get(`/methods?${whereQuery({ lastChecked: { equals: '99999-01-01' } })}`),
  )
  mistake(
    'database limits',
    'NUL in a GraphQL string',
    (c) =>
      api.graphql('{ Brands(where: { name: { equals: "a\\u0000b" } }) { docs { id } } }', {
        headers: from(c),
      }),
    true,
  )
  mistake('database limits', 'NUL in a key of the body', (c) =>
    api.post('/comments', {
      headers: from(c),
      body: {
        brand: content.brand.id,
        authorName: 'Reader',
        body: 'The recorder still refuses the reset code.',
        'note\u0000': 1,
      },
    }),
  )

  // Generated from a fixed seed: any field, operator and value, under and/or.
  // These may be valid as well: they must not be a 5xx, nor logged as errors.
  for (const [i, { collection, where }] of generatedWheres(150).entries()) {
    mistakes.push({
      way: 'where generated',
      label: `#${i} ${collection} ${short(where)}`,
      send: get(`/${collection}?${whereQuery(where as never)}`),
    })
  }

  // A missing media file: a name nobody uploaded, and a document whose file was deleted from the disk.
  mistake('media file', 'a name nobody uploaded', get('/media/file/nope.png'))
  const png = fs.readFileSync(path.join(mediaDir(), content.media.filename!))
  const gone = await ctx.payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: 'Deleted from disk' },
    file: { data: png, mimetype: 'image/png', name: 'deleted-from-disk.png', size: png.length },
  })
  fs.rmSync(path.join(mediaDir(), gone.filename!))
  mistake('media file', 'a document whose file was deleted', get(`/media/file/${gone.filename}`))

  // A reset token used twice: the second use is refused.
  await api.post('/users/forgot-password', {
    headers: from('203.0.113.90'),
    body: { email: 'support@example.com' },
  })
  const user = (
    await ctx.payload.find({
      collection: 'users',
      overrideAccess: true,
      showHiddenFields: true,
      where: { email: { equals: 'support@example.com' } },
    })
  ).docs[0] as { resetPasswordToken?: string }
  const token = user.resetPasswordToken
  expect(token).toBeTruthy()
  const first = await api.post('/users/reset-password', {
    headers: from('203.0.113.90'),
    body: { token, password: 'correct horse battery staple' },
  })
  expect(first.status).toBe(200)
  mistake('reset token', 'a token already used', (c) =>
    api.post('/users/reset-password', {
      headers: from(c),
      body: { token, password: 'another horse battery staple' },
    }),
  )
  mistake('reset token', 'a token nobody was given', (c) =>
    api.post('/users/reset-password', {
      headers: from(c),
      body: { token: 'f'.repeat(40), password: 'correct horse battery staple' },
    }),
  )
})

/**
 * Every line Payload's logger writes at error level (50) or above, and every
 * console.error, while `work` runs. The tests' logger writes only fatal lines
 * (test/helpers/env.ts): it is opened to info meanwhile, so that what would
 * be logged in production is seen.
 */
const errorsLoggedDuring = async (work: () => Promise<unknown>) => {
  const level = ctx.payload.logger.level
  ctx.payload.logger.level = 'info'
  const logger = ctx.payload.logger as unknown as Record<
    symbol,
    { write: (line: string) => unknown }
  >
  const streamKey = Object.getOwnPropertySymbols(logger).find(
    (key) => key.toString() === 'Symbol(pino.stream)',
  )!
  const stream = logger[streamKey]
  const write = stream.write
  const consoleError = console.error
  const logged: string[] = []
  stream.write = function (line: string) {
    if (Number(/"level":(\d+)/.exec(line)?.[1]) >= 50) logged.push(line.slice(0, 300))
    return write.call(this, line)
  }
  console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' ').slice(0, 300))
  try {
    await work()
  } finally {
    stream.write = write
    console.error = consoleError
    ctx.payload.logger.level = level
  }
  return logged
}

test('a client’s mistakes are 4xx with a message, change nothing, and are not logged as the server’s errors', async () => {
  expect(mistakes.length).toBeGreaterThanOrEqual(250)
  let failures: string[] = []
  const logged = await errorsLoggedDuring(
    async () => (failures = await runProbes(mistakes, 'client mistakes')),
  )
  expect(failures).toEqual([])
  expect(logged).toEqual([])
}, 600_000)

test('a case accepted from a reader is stored as sent, pending, never published by the reader', async () => {
  const docs = (
    await ctx.payload.find({
      collection: 'comments',
      overrideAccess: true,
      limit: 1000,
      pagination: false,
      where: { authorName: { equals: 'Reader' } },
    })
  ).docs
  expect(docs.length).toBeGreaterThan(0)
  for (const doc of docs) expect(['pending', 'spam']).toContain(doc.status)
  const stored = (
    await ctx.payload.find({
      collection: 'comments',
      overrideAccess: true,
      limit: 1,
      pagination: false,
      where: { authorName: { equals: HANDWRITTEN[0] } },
    })
  ).docs[0]
  expect(stored?.body).toBe(`The recorder still refuses the code: ${HANDWRITTEN[0]}`)
})

test('search takes any string without failing', async () => {
  for (const s of [...strings, ...values]) {
    const { groups } = await searchGuides(s)
    expect(Array.isArray(groups)).toBe(true)
  }
})

test('a reader cannot open a case on a brand that is not published: it is "no such brand" to them', async () => {
  const draft = await ctx.payload.create({
    collection: 'brands',
    overrideAccess: true,
    draft: true,
    data: { name: 'Unreleased', slug: 'unreleased-brand', _status: 'draft' },
  })
  const before = (await ctx.payload.count({ collection: 'comments', overrideAccess: true }))
    .totalDocs
  const res = await api.post('/comments', {
    headers: from('203.0.113.7'),
    body: {
      brand: draft.id,
      authorName: 'Reader',
      body: 'The recorder still refuses the reset code.',
    },
  })
  expect(res.status).toBe(400)
  expect(JSON.stringify(res.body)).toMatch(/no such brand/i)
  expect(
    (await ctx.payload.count({ collection: 'comments', overrideAccess: true })).totalDocs,
  ).toBe(before)
})
