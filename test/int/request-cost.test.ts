import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { MAX_READER_DEPTH, MAX_READER_LIMIT } from '@/api/requestLimits'
import { MAX_JSON_BYTES, MAX_MULTIPART_BYTES } from '@/shared/bodyLimits.mjs'

import { paragraphs } from '../../src/seed/richText'
import { pngBytes, startApi } from '../helpers/fixtures'
import { type ApiResponse, sendToApi } from '../helpers/rest'

/**
 * What one request may cost (issue: no request a reader can send costs more
 * than about 100 ms of CPU or 50 MB of memory): bodies are read only up to
 * their limit, whatever the transfer encoding; GraphQL queries are bounded in
 * fields, aliases and a complexity that counts `limit`; readers get at most
 * MAX_READER_LIMIT documents a page and MAX_READER_DEPTH levels, on REST,
 * GraphQL and joins alike; staff and the site's own Local API reads are not capped.
 */

let s: Awaited<ReturnType<typeof startApi>>
const CASES = MAX_READER_LIMIT + 15
const STEPS = MAX_READER_LIMIT + 10

beforeAll(async () => {
  s = await startApi()
  const local = { overrideAccess: true } as const
  const { payload } = s.ctx
  for (let i = 1; i <= CASES; i++) {
    await payload.create({
      collection: 'comments',
      ...local,
      data: {
        brand: s.content.brand.id,
        authorName: `Reader ${i}`,
        body: `Case ${i}: still locked out after the reset.`,
        status: 'published',
      },
    })
  }
  for (let i = 2; i <= STEPS; i++) {
    await payload.create({
      collection: 'steps',
      ...local,
      data: {
        method: s.content.method.id,
        order: i,
        title: `Step ${i}`,
        body: paragraphs([`Do part ${i}.`]),
      },
    })
  }
  // Brand → logo gives the step a third level: step.method.brand.logo.
  await payload.update({
    collection: 'brands',
    id: s.content.brand.id,
    ...local,
    data: { logo: s.content.media.id },
  })
}, 180_000)
afterAll(async () => s?.ctx.close())

const parse = async (res: Response): Promise<ApiResponse> => {
  const text = await res.text()
  try {
    return { status: res.status, body: JSON.parse(text) }
  } catch {
    return { status: res.status, body: text }
  }
}
const messageOf = (res: ApiResponse) =>
  String(res.body?.errors?.[0]?.message ?? res.body?.message ?? '')

/** A body that streams `total` bytes of `chunk` on demand, counting how much of it was ever pulled. */
const endless = (chunk: Uint8Array, total: number) => {
  const counter = { pulled: 0 }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close()
      counter.pulled += chunk.byteLength
      controller.enqueue(chunk)
    },
  })
  return { stream, counter }
}

const post = (path: string, body: BodyInit, headers: Record<string, string>) =>
  new Request(`http://localhost/api${path}`, {
    method: 'POST',
    headers: { 'x-resethub-peer': '203.0.113.50', ...headers },
    body,
    duplex: 'half',
  } as RequestInit)

describe('bodies are read only up to their limit, whatever the transfer encoding', () => {
  test('a chunked JSON body of 200 MB is refused once it passes 1 MB, and no more of it is read', async () => {
    const chunk = new TextEncoder().encode('{"body":"' + 'x'.repeat(64 * 1024 - 9))
    const { stream, counter } = endless(chunk, 200 * 1024 * 1024)
    const res = await parse(
      await sendToApi(post('/comments', stream, { 'Content-Type': 'application/json' })),
    )
    expect(res.status).toBe(413)
    expect(messageOf(res)).toMatch(/larger than 1 MB/)
    expect(counter.pulled).toBeLessThanOrEqual(MAX_JSON_BYTES + 4 * chunk.byteLength)
  })

  test('a multipart body that keeps streaming is refused once it passes the upload limit', async () => {
    const boundary = 'resethubboundary'
    const head = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n`,
    )
    const { stream: tail, counter } = endless(new Uint8Array(256 * 1024), 300 * 1024 * 1024)
    const reader = tail.getReader()
    let headSent = false
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!headSent) return void ((headSent = true), controller.enqueue(head))
        const { done, value } = await reader.read()
        if (done) controller.close()
        else controller.enqueue(value)
      },
    })
    const res = await parse(
      await sendToApi(
        post('/media', body, {
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          Authorization: `JWT ${s.tokens.editor}`,
        }),
      ),
    )
    expect(res.status).toBe(413)
    expect(messageOf(res)).toMatch(/larger than 10 MB\. Export the picture/)
    expect(counter.pulled).toBeLessThanOrEqual(MAX_MULTIPART_BYTES + 4 * 256 * 1024)
  })

  test('a declared Content-Length past the limit is refused before reading', async () => {
    const { stream, counter } = endless(new Uint8Array(1024), 10 * 1024 * 1024)
    const res = await parse(
      await sendToApi(
        post('/comments', stream, {
          'Content-Type': 'application/json',
          'Content-Length': String(5 * 1024 * 1024),
        }),
      ),
    )
    expect(res.status).toBe(413)
    // A stream is pulled a chunk or two ahead of its reader: a few KB of the 10 MB, never the body.
    expect(counter.pulled).toBeLessThanOrEqual(4 * 1024)
  })

  const deep = '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000)
  for (const [who, path] of [
    ['an editor uploading', '/media'],
    ['a reader posting a case as multipart', '/comments'],
  ] as const) {
    test(`${who}: a multipart "_payload" nested 50,000 deep is a 400 that says so, as a JSON body is`, async () => {
      const form = new FormData()
      form.append(
        'file',
        new Blob([new Uint8Array(await pngBytes())], { type: 'image/png' }),
        'deep.png',
      )
      form.append('_payload', deep)
      const before = (await s.ctx.payload.count({ collection: 'media', overrideAccess: true }))
        .totalDocs
      const res = await s.api.post(path, {
        form,
        token: path === '/media' ? s.tokens.editor : undefined,
        headers: { 'x-resethub-peer': '203.0.113.51' },
      })
      expect(res.status).toBe(400)
      expect(messageOf(res)).toMatch(/"_payload" field nests deeper than 32 levels/)
      expect(
        (await s.ctx.payload.count({ collection: 'media', overrideAccess: true })).totalDocs,
      ).toBe(before)
    })
  }

  test('a multipart "_payload" that is not JSON, or not an object, is a 400', async () => {
    for (const text of ['{"alt": ', '[1,2]']) {
      const form = new FormData()
      form.append('_payload', text)
      const res = await s.api.post('/media', { form, token: s.tokens.editor })
      expect(res.status).toBe(400)
      expect(messageOf(res)).toMatch(/"_payload" field (is not valid JSON|must be a JSON object)/)
    }
  })

  test('an editor’s ordinary upload still works', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await pngBytes(32, 32))], { type: 'image/png' }),
      'ordinary.png',
    )
    form.append('_payload', JSON.stringify({ alt: 'An ordinary picture' }))
    const res = await s.api.post('/media', { form, token: s.tokens.editor })
    expect(res.status).toBe(201)
    expect(res.body.doc.alt).toBe('An ordinary picture')
  })
})

describe('GraphQL queries are bounded before graphql-js validates them', () => {
  const send = async (query: string, variables?: object, token?: string) =>
    parse(
      await sendToApi(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(token ? { Authorization: `JWT ${token}` } : {}),
          },
          body: JSON.stringify({ query, variables }),
        }),
      ),
    )

  test('500 aliases of Brands { totalDocs } are refused at once with a 400 that says what to do', async () => {
    const started = performance.now()
    const res = await send(
      '{ ' + Array.from({ length: 500 }, (_, i) => `b${i}: Brands { totalDocs }`).join(' ') + ' }',
    )
    expect(res.status).toBe(400)
    expect(messageOf(res)).toMatch(/aliases\) 500 fields; at most 20/)
    // Generous: the refusal costs a parse, not the seconds validation took.
    expect(performance.now() - started).toBeLessThan(1000)
  })

  test('fields asked for through a fragment spread again and again count each time', async () => {
    const spreads = Array.from({ length: 70 }, () => '...F').join(' ')
    const res = await send(
      `fragment F on Brand { id name slug summary accentColor } { Brands { docs { ${spreads} } } }`,
    )
    expect(res.status).toBe(400)
    expect(messageOf(res)).toMatch(/asks for 352 fields; at most 300/)
  })

  test('five aliases of Comments(limit: 100000) are refused with a 400 that names the limit', async () => {
    const res = await send(
      '{ ' +
        Array.from(
          { length: 5 },
          (_, i) => `c${i}: Comments(limit: 100000) { docs { id body } }`,
        ).join(' ') +
        ' }',
    )
    expect(res.status).toBe(400)
    expect(messageOf(res)).toMatch(/too costly .*smaller "limit"/)
  })

  test('a limit given through a variable counts the same, for staff too', async () => {
    const res = await send(
      'query ($n: Int) { Comments(limit: $n) { docs { id body authorName } } }',
      { n: 100_000 },
      s.tokens.admin,
    )
    expect(res.status).toBe(400)
    expect(messageOf(res)).toMatch(/too costly/)
  })

  test('a join field’s limit counts too', async () => {
    const res = await send(
      '{ Methods(limit: 50) { docs { steps(limit: 1000) { docs { id title } } } } }',
    )
    expect(res.status).toBe(400)
    expect(messageOf(res)).toMatch(/too costly/)
  })

  test('an ordinary query still answers', async () => {
    const res = await send(
      '{ a: Comments(limit: 100) { docs { id body } } b: Brands { docs { name } } }',
    )
    expect(res.status).toBe(200)
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.a.docs).toHaveLength(MAX_READER_LIMIT)
  })

  test('a GraphQL request that is not JSON (text, a form) is a 415 that says how to send it', async () => {
    const form = new FormData()
    form.append('query', '{ Brands { totalDocs } }')
    for (const body of ['{ Brands { totalDocs } }', form]) {
      const res = await parse(
        await sendToApi(new Request('http://localhost/api/graphql', { method: 'POST', body })),
      )
      expect(res.status).toBe(415)
      expect(messageOf(res)).toMatch(/Send the GraphQL request as JSON/)
    }
  })

  test(`readers get at most ${MAX_READER_LIMIT} documents however they ask, joins included; staff are not capped`, async () => {
    for (const args of [
      'limit: 0',
      'limit: -1',
      'pagination: false',
      'limit: 0, pagination: false',
    ]) {
      const res = await send(`{ Comments(${args}) { docs { id } } }`)
      expect([args, res.status, res.body.errors]).toEqual([args, 200, undefined])
      expect(res.body.data.Comments.docs).toHaveLength(MAX_READER_LIMIT)
    }
    const join = `{ Method(id: ${JSON.stringify(s.content.method.id)}) { steps(limit: 0) { docs { id } } } }`
    expect((await send(join)).body.data.Method.steps.docs).toHaveLength(MAX_READER_LIMIT)
    expect((await send(join, undefined, s.tokens.editor)).body.data.Method.steps.docs).toHaveLength(
      STEPS,
    )
    const staff = await send(
      '{ Comments(pagination: false) { docs { id } } }',
      undefined,
      s.tokens.support,
    )
    expect(staff.body.data.Comments.docs.length).toBeGreaterThanOrEqual(CASES)
  })
})

describe(`REST: readers get at most ${MAX_READER_LIMIT} documents a page and ${MAX_READER_DEPTH} levels`, () => {
  test('limit=0, limit=-1, limit=100000 and pagination=false are a page of 100 for a reader', async () => {
    for (const query of [
      'limit=0',
      'limit=-1',
      'limit=100000',
      'pagination=false',
      'limit=0&pagination=false',
    ]) {
      const res = await s.api.get(`/comments?${query}&depth=0`)
      expect([query, res.status]).toEqual([query, 200])
      expect([query, res.body.docs.length]).toEqual([query, MAX_READER_LIMIT])
    }
  })

  test('staff are not capped', async () => {
    const res = await s.api.get('/comments?limit=0&pagination=false&depth=0', {
      token: s.tokens.support,
    })
    expect(res.status).toBe(200)
    expect(res.body.docs.length).toBeGreaterThanOrEqual(CASES)
  })

  test('a join’s limit is capped for readers (joins[steps][limit]=0)', async () => {
    const path = `/methods/${s.content.method.id}?depth=0&joins[steps][limit]=0`
    expect((await s.api.get(path)).body.steps.docs).toHaveLength(MAX_READER_LIMIT)
    expect((await s.api.get(path, { token: s.tokens.editor })).body.steps.docs).toHaveLength(STEPS)
  })

  test(`depth is capped at ${MAX_READER_DEPTH} for readers: step → method → brand, but not its logo`, async () => {
    const path = `/steps/${s.content.step.id}?depth=5`
    const reader = (await s.api.get(path)).body
    expect(typeof reader.method.brand).toBe('object')
    expect(typeof reader.method.brand.logo).not.toBe('object')
    const editor = (await s.api.get(path, { token: s.tokens.editor })).body
    expect(typeof editor.method.brand.logo).toBe('object')
  })

  test('the site’s own Local API reads are not capped', async () => {
    const all = await s.ctx.payload.find({
      collection: 'comments',
      overrideAccess: false,
      limit: 0,
      pagination: false,
      depth: 0,
    })
    expect(all.docs.length).toBeGreaterThanOrEqual(CASES)
  })
})
