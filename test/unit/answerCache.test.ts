/**
 * Public pages answered again from memory (server/answerCache.mjs), on a real
 * Node HTTP server wrapped as server.mjs wraps it, with a stand-in for Next that
 * counts what it is asked and a page generation the test turns.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'

import { answerCache } from '../../server/answerCache.mjs'
import { SHARED_CACHE_CONTROL } from '../../server/cachePolicy.mjs'
import { answerPages, headAsGet, isHtmlAnswer } from '../../server/pageAnswers.mjs'
import { pageVersions } from '../../server/pageVersions.mjs'
import { secureResponse } from '../../server/security.mjs'
import { type Answer, decoded, rawRequest } from '../helpers/rawHttp'

const compression = createRequire(import.meta.url)('next/dist/compiled/compression')

let edition = 1
/** What Next renders now: every answer says which edition and which call it was. */
const page = (path: string) =>
  `<!DOCTYPE html><html><body><h1>${path}, edition ${edition}</h1>${'<p>Hold the reset button.</p>'.repeat(200)}</body></html>`

/** How the stand-in for Next answers, by path. */
const NEXT: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/brands/acme': (req, res) => {
    res.setHeader('Cache-Control', 's-maxage=31536000')
    res.setHeader('Vary', 'RSC, Next-Router-State-Tree, Next-Router-Prefetch')
    res.setHeader('x-nextjs-cache', 'HIT')
    // The client router's request for the same address is another representation.
    if (req.headers.rsc || /_rsc=/.test(req.url ?? '')) {
      res.setHeader('Content-Type', 'text/x-component')
      return res.end(`0:["router payload ${edition}"]`)
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end(page('/brands/acme'))
  },
  '/brands/slow': (_req, res) => {
    res.setHeader('Cache-Control', 's-maxage=31536000')
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    const html = page('/brands/slow')
    if (!slowPublished) {
      slowPublished = true
      edition++
      generation = `${generation}-published-meanwhile`
    }
    res.end(html)
  },
  '/search': (_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate',
    })
    res.end(page('/search'))
  },
  '/brands/missing': (_req, res) => {
    res.statusCode = 404
    res.setHeader('Cache-Control', 's-maxage=31536000')
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end(page('/brands/missing'))
  },
  '/brands/cookie': (_req, res) => {
    res.setHeader('Cache-Control', 's-maxage=31536000')
    res.setHeader('Set-Cookie', 'seen=1')
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end(page('/brands/cookie'))
  },
}

let asked: string[] = []
let slowPublished = false
/** The page generation: a string, or null when it cannot be read (Redis away). */
let generation: string | null = '1'
let server: Server
let port: number
const versions = pageVersions()
const cache = answerCache({ generation: async () => generation, versions, kept: 3 })

beforeAll(async () => {
  const compress = compression({
    filter: (req: IncomingMessage, res: ServerResponse) =>
      !isHtmlAnswer(res) && compression.filter(req, res),
  })
  server = createServer(async (req, res) => {
    headAsGet(req)
    const ticket = await cache.ticket(req)
    compress(req, res, () => {})
    secureResponse(res)
    const held = answerPages(req, res, versions, cache, ticket)
    if (ticket?.hit) return held.replay(ticket.hit)
    // Like Next, which ignores headers set once they are out.
    const setHeader = res.setHeader
    res.setHeader = function (name: string, value: number | string | readonly string[]) {
      return res.headersSent ? res : setHeader.call(this, name, value)
    }
    asked.push(`${req.method} ${req.url}${req.headers.rsc ? ' (rsc)' : ''}`)
    NEXT[new URL(req.url ?? '/', 'http://x').pathname](req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
let tests = 0
beforeEach(() => {
  asked = []
  // Each test starts in a generation of its own.
  generation = `test ${++tests}`
})

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(port, path, headers, method)

/** The headers that must be the same whether Next answered or memory did. */
const comparable = ({ headers }: Answer) => {
  const {
    date: _date,
    connection: _connection,
    'keep-alive': _keepAlive,
    'x-accel-expires': _expires,
    ...rest
  } = headers
  return rest
}

describe('a public page', () => {
  test('is answered from memory after Next answered it once: the same status, headers and body, in every encoding', async () => {
    const first = await get('/brands/acme')
    for (const accept of ['', 'gzip', 'br']) {
      const fromNext = accept ? await get('/brands/acme', { 'accept-encoding': accept }) : first
      const fromMemory = await get('/brands/acme', accept ? { 'accept-encoding': accept } : {})
      expect(fromMemory.status).toBe(200)
      expect(comparable(fromMemory)).toEqual(comparable(fromNext))
      expect(decoded(fromMemory)).toBe(page('/brands/acme'))
      expect(fromMemory.headers['cache-control']).toBe(SHARED_CACHE_CONTROL)
      expect(fromMemory.headers['x-nextjs-cache']).toBe('HIT')
    }
    // Next was asked once: the rest came from memory.
    expect(asked).toEqual(['GET /brands/acme'])
  })

  test('a matching If-None-Match answered from memory gets a 304; HEAD gets the headers alone', async () => {
    const first = await get('/brands/acme', { 'accept-encoding': 'br' })
    const again = await get('/brands/acme', {
      'accept-encoding': 'br',
      'if-none-match': String(first.headers.etag),
    })
    expect(again.status).toBe(304)
    expect(again.headers.etag).toBe(first.headers.etag)
    const head = await get('/brands/acme', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(asked).toEqual(['GET /brands/acme'])
  })

  test('a new generation (a publish on any instance) sends the next request to Next, and its new page is served', async () => {
    await get('/brands/acme')
    edition++
    // Same generation: the kept answer, still the old edition (Next's own cache would say the same).
    expect(decoded(await get('/brands/acme'))).toContain(`edition ${edition - 1}`)
    generation = `${generation}-published`
    expect(decoded(await get('/brands/acme'))).toContain(`edition ${edition}`)
    expect(decoded(await get('/brands/acme'))).toContain(`edition ${edition}`)
    expect(asked).toEqual(['GET /brands/acme', 'GET /brands/acme'])
  })

  test('while the generation cannot be read, every request goes to Next', async () => {
    generation = null
    await get('/brands/acme')
    await get('/brands/acme')
    expect(asked).toEqual(['GET /brands/acme', 'GET /brands/acme'])
  })

  test('a publish while Next answers: that answer is kept under the generation its request began in, so it is not used after', async () => {
    // Next answers the old edition; the publish lands before the answer is out.
    const publishing = get('/brands/slow')
    await publishing
    expect(asked).toEqual(['GET /brands/slow'])
    expect(decoded(await get('/brands/slow'))).toContain(`edition ${edition}`)
    expect(asked).toEqual(['GET /brands/slow', 'GET /brands/slow'])
    // Now kept under the new generation.
    await get('/brands/slow')
    expect(asked.length).toBe(2)
  })
})

describe('never from memory', () => {
  const twice = async (path: string, headers: Record<string, string> = {}) => {
    await get(path, headers)
    await get(path, headers)
    return asked.length
  }

  test('a staff session, draft mode, or the chooser’s answers', async () => {
    expect(await twice('/brands/acme', { cookie: 'payload-token=abc' })).toBe(2)
    expect(await twice('/brands/acme', { cookie: 'theme=dark; __prerender_bypass=xyz' })).toBe(4)
    expect(await twice('/brands/acme?password=no')).toBe(6)
  })

  test('the client router’s requests, by header or by _rsc, and they do not fill it either', async () => {
    expect(await twice('/brands/acme', { rsc: '1' })).toBe(2)
    expect(await twice('/brands/acme?_rsc=abc')).toBe(4)
    expect(await twice('/brands/acme', { 'next-router-prefetch': '1' })).toBe(6)
    // The page itself: HTML, not a router payload kept by mistake.
    const html = await get('/brands/acme')
    expect(decoded(html)).toContain('<!DOCTYPE html>')
    expect(decoded(await get('/brands/acme', { rsc: '1' }))).toContain('router payload')
  })

  test('a page rendered per request, a 404, an answer setting a cookie, a POST', async () => {
    expect(await twice('/search')).toBe(2)
    expect(await twice('/brands/missing')).toBe(4)
    expect(await twice('/brands/cookie')).toBe(6)
    expect(await twice('/brands/acme', {})).toBe(7)
    await get('/brands/acme', {}, 'POST')
    expect(asked.at(-1)).toBe('POST /brands/acme')
  })
})

test('keeps the most recently used addresses within its count', async () => {
  for (const path of [
    '/brands/acme?a=1',
    '/brands/acme?a=2',
    '/brands/acme?a=3',
    '/brands/acme?a=4',
  ])
    await get(path)
  asked = []
  await get('/brands/acme?a=4')
  await get('/brands/acme?a=2')
  // The first went to make room for the fourth.
  await get('/brands/acme?a=1')
  expect(asked).toEqual(['GET /brands/acme?a=1'])
  expect(cache.stats().answers).toBe(3)
})
