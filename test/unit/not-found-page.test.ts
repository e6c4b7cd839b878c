/**
 * The production server's 404 replacement (server/notFoundPage.mjs), on a real
 * Node HTTP server: only Next's empty not-found shell is replaced, every other
 * answer passes as it was written, streamed or whole.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { replaceEmptyNotFound } from '../../server/notFoundPage.mjs'

const SHELL_START = '<!DOCTYPE html><html id="__next_error__"><head><meta charSet="utf-8"/></head>'
const SHELL_END =
  '<body><div hidden=""><!--$--><!--/$--></div><script>self.__next_f=[]</script></body></html>'
const FULL_404 =
  '<!DOCTYPE html><html lang="en"><head><title>Page not found · ResetHub</title></head><body><h1>We could not find that page</h1></body></html>'

type Answer = (res: ServerResponse) => void

/** What the "Next.js" of this test answers, by path. */
const ANSWERS: Record<string, Answer> = {
  // The empty shell, streamed the way Next streams a render.
  '/streamed-shell': (res) => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'x-from-shell': '1' })
    res.write(SHELL_START)
    res.write(SHELL_END)
    res.end()
  },
  // The empty shell from Next's cache, whole, headers set beforehand.
  '/cached-shell': (res) => {
    res.statusCode = 404
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('x-from-shell', '1')
    res.end(SHELL_START + SHELL_END)
  },
  // A 404 that already has its body (Next's global not-found page for an unmatched address).
  '/full-404': (res) => {
    res.statusCode = 404
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.write(FULL_404.slice(0, 20))
    res.end(FULL_404.slice(20))
  },
  '/page': (res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.write('<!DOCTYPE html><html lang="en"><body>')
    res.end('<h1>A guide</h1></body></html>')
  },
  '/api/brands/none': (res) => {
    res.writeHead(404, { 'Content-Type': 'application/json' })
    res.end('{"errors":[]}')
  },
}
ANSWERS['/admin/collections/none'] = ANSWERS['/streamed-shell']

let server: Server
let base: string
let replaced = 0

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/'
    replaceEmptyNotFound(req, res, () => {
      replaced++
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.end(FULL_404)
    })
    ;(ANSWERS[path] ?? ANSWERS['/cached-shell'])(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const get = async (path: string, init: RequestInit = {}) => {
  const res = await fetch(`${base}${path}`, init)
  return {
    status: res.status,
    body: await res.text(),
    shellHeader: res.headers.get('x-from-shell'),
  }
}

describe("Next's empty not-found shell", () => {
  test('streamed or whole, it is replaced by the full 404 page, status kept, its own headers dropped', async () => {
    for (const path of ['/streamed-shell', '/cached-shell']) {
      const before = replaced
      expect(await get(path)).toEqual({ status: 404, body: FULL_404, shellHeader: null })
      expect(replaced).toBe(before + 1)
    }
  })

  test("Next's own data requests, the admin, the API and HEAD requests are left alone", async () => {
    const before = replaced
    expect((await get('/streamed-shell', { headers: { rsc: '1' } })).body).toBe(
      SHELL_START + SHELL_END,
    )
    expect((await get('/admin/collections/none')).body).toBe(SHELL_START + SHELL_END)
    expect(await get('/api/brands/none')).toEqual({
      status: 404,
      body: '{"errors":[]}',
      shellHeader: null,
    })
    expect((await get('/cached-shell', { method: 'HEAD' })).status).toBe(404)
    expect(replaced).toBe(before)
  })
})

describe('every other answer', () => {
  test('a 404 with a body of its own and a page that exists pass as written', async () => {
    const before = replaced
    expect(await get('/full-404')).toEqual({ status: 404, body: FULL_404, shellHeader: null })
    expect(await get('/page')).toEqual({
      status: 200,
      body: '<!DOCTYPE html><html lang="en"><body><h1>A guide</h1></body></html>',
      shellHeader: null,
    })
    expect(replaced).toBe(before)
  })
})
