/**
 * HTML answers of the production server (server/pageAnswers.mjs), on a real Node
 * HTTP server with the same wrappers as server.mjs and a stand-in for Next.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { PRIVATE_CACHE_CONTROL, SHARED_CACHE_CONTROL } from '../../server/cachePolicy.mjs'
import { answerPages, headAsGet, isHtmlAnswer } from '../../server/pageAnswers.mjs'
import { pageVersions } from '../../server/pageVersions.mjs'
import { secureResponse } from '../../server/security.mjs'
import { decoded, rawRequest } from '../helpers/rawHttp'

const compression = createRequire(import.meta.url)('next/dist/compiled/compression')

const NEXT_SCRIPT =
  'self.__next_f.push([1,"0:[\\"$\\",\\"p\\",null,{\\"children\\":\\"A guide\\"}]\\n"])'
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

let edition = 1
const guide = () =>
  `<!DOCTYPE html><html lang="en"><body><main><h1>Guide, edition ${edition}</h1>${'<p>Hold the reset button for 10 seconds.</p>'.repeat(100)}` +
  `<div class="step"><script>window.injected = 1</script></div></main><script>${NEXT_SCRIPT}</script></body></html>`

/** What the stand-in for Next answers, by path: as Next does, headers through setHeader or writeHead, the body whole or streamed. */
const NEXT: Record<string, (res: ServerResponse) => void> = {
  '/brands/acme': (res) => {
    res.setHeader('Cache-Control', 's-maxage=31536000')
    res.setHeader('ETag', '"next-own-etag"')
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('Content-Length', Buffer.byteLength(guide()))
    res.end(guide())
  },
  '/search': (res) => {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate',
    })
    const html = guide()
    res.write(html.slice(0, 1000))
    res.write(Buffer.from(html.slice(1000, 3000)))
    res.end(html.slice(3000))
  },
  '/api/brands': (res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end(
      JSON.stringify({
        docs: Array.from({ length: 100 }, (_, i) => ({ id: i, name: `Brand ${i}` })),
      }),
    )
  },
}

let server: Server
let port: number

beforeAll(async () => {
  const versions = pageVersions()
  const compress = compression({
    filter: (req: IncomingMessage, res: ServerResponse) =>
      !isHtmlAnswer(res) && compression.filter(req, res),
  })
  server = createServer((req, res) => {
    headAsGet(req)
    compress(req, res, () => {})
    secureResponse(res)
    answerPages(req, res, versions)
    // Like Next, which ignores headers set once they are out.
    const setHeader = res.setHeader
    res.setHeader = function (name: string, value: number | string | readonly string[]) {
      return res.headersSent ? res : setHeader.call(this, name, value)
    }
    NEXT[new URL(req.url ?? '/', 'http://x').pathname](res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(port, path, headers, method)

describe('a page Next serves to everyone', () => {
  test("one policy listing only Next's scripts, one strong ETag, and Cache-Control for a shared cache, answer after answer", async () => {
    const [a, b] = [await get('/brands/acme'), await get('/brands/acme')]
    for (const answer of [a, b]) {
      expect(answer.status).toBe(200)
      expect(answer.headers['cache-control']).toBe(SHARED_CACHE_CONTROL)
      expect(answer.headers['content-security-policy']).toMatch(
        new RegExp(`script-src ${hashOf(NEXT_SCRIPT).replace(/[+/]/g, '\\$&')} `),
      )
      expect(answer.headers['content-security-policy']).not.toContain(hashOf('window.injected = 1'))
      expect(answer.headers.etag).toMatch(/^"[\w-]{22}"$/)
      expect(answer.headers['content-length']).toBe(String(answer.body.length))
      expect(answer.body.toString()).toBe(guide())
    }
    expect(b.headers['content-security-policy']).toBe(a.headers['content-security-policy'])
    expect(b.headers.etag).toBe(a.headers.etag)
  })

  test('brotli or gzip as asked, each with its own ETag and Vary: Accept-Encoding', async () => {
    const identity = await get('/brands/acme')
    for (const [accept, coding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
    ]) {
      const [a, b] = [
        await get('/brands/acme', { 'accept-encoding': accept }),
        await get('/brands/acme', { 'accept-encoding': accept }),
      ]
      expect(a.headers['content-encoding']).toBe(coding)
      expect(decoded(a)).toBe(guide())
      expect(b.body.equals(a.body)).toBe(true)
      expect(a.headers.etag).toBe(String(identity.headers.etag).replace(/"$/, `-${coding}"`))
      expect(a.headers.vary).toMatch(/Accept-Encoding/)
      expect(a.headers['content-security-policy']).toBe(identity.headers['content-security-policy'])
    }
  })

  test('a matching If-None-Match gets a 304 with the same headers and no body', async () => {
    const first = await get('/brands/acme', { 'accept-encoding': 'br' })
    const etag = String(first.headers.etag)
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await get('/brands/acme', {
        'accept-encoding': 'br',
        'if-none-match': ifNoneMatch,
      })
      expect(again.status).toBe(304)
      expect(again.body.length).toBe(0)
      expect(again.headers.etag).toBe(etag)
      expect(again.headers['cache-control']).toBe(SHARED_CACHE_CONTROL)
      expect(again.headers['content-security-policy']).toBe(
        first.headers['content-security-policy'],
      )
    }
    // The identity body's ETag is not the brotli body's.
    expect(
      (
        await get('/brands/acme', {
          'accept-encoding': 'br',
          'if-none-match': etag.replace('-br', ''),
        })
      ).status,
    ).toBe(200)
  })

  test('a new version (a publish) has a new ETag', async () => {
    const before = await get('/brands/acme')
    edition++
    const after = await get('/brands/acme', { 'if-none-match': String(before.headers.etag) })
    expect(after.status).toBe(200)
    expect(after.headers.etag).not.toBe(before.headers.etag)
    expect(after.body.toString()).toContain(`edition ${edition}`)
  })

  test('for signed-in staff, draft mode or a post it is private, the ETag kept for their browser', async () => {
    for (const cookie of ['payload-token=abc', 'x=1; __prerender_bypass=def']) {
      const answer = await get('/brands/acme', { cookie })
      expect(answer.headers['cache-control']).toBe(PRIVATE_CACHE_CONTROL)
      expect(answer.headers.etag).toMatch(/^"/)
    }
    expect((await get('/brands/acme', {}, 'POST')).headers['cache-control']).toBe(
      PRIVATE_CACHE_CONTROL,
    )
  })

  test('HEAD has the headers of GET and no body', async () => {
    const [getAnswer, head] = [
      await get('/brands/acme', { 'accept-encoding': 'gzip' }),
      await get('/brands/acme', { 'accept-encoding': 'gzip' }, 'HEAD'),
    ]
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    for (const name of [
      'etag',
      'content-security-policy',
      'cache-control',
      'content-length',
      'content-encoding',
    ])
      expect(head.headers[name]).toBe(getAnswer.headers[name])
  })
})

describe('other answers', () => {
  test('HTML rendered per request, even streamed, gets its policy and compression but keeps no-store and no ETag', async () => {
    const answer = await get('/search', { 'accept-encoding': 'gzip' })
    expect(answer.headers['cache-control']).toBe(
      'private, no-cache, no-store, max-age=0, must-revalidate',
    )
    expect(answer.headers.etag).toBeUndefined()
    expect(answer.headers['content-security-policy']).toContain(hashOf(NEXT_SCRIPT))
    expect(decoded(answer)).toBe(guide())
  })

  test('anything else passes, compressed by the compression middleware, with the headers every answer has', async () => {
    const answer = await get('/api/brands', { 'accept-encoding': 'gzip' })
    expect(answer.headers['content-encoding']).toBe('gzip')
    expect(JSON.parse(decoded(answer)).docs).toHaveLength(100)
    expect(answer.headers['content-security-policy']).toMatch(
      /script-src ('self'|\S+\/_next\/static\/)(;|$)/,
    )
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
  })
})
