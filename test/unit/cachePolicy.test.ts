/** Which answers a shared cache may keep (server/cachePolicy.mjs). */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { describe, expect, test } from '@jest/globals'

import {
  PRIVATE_CACHE_CONTROL,
  SHARED_CACHE_CONTROL,
  frontCacheExpires,
  privateRequest,
  setCacheControl,
} from '../../server/cachePolicy.mjs'

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  ({ url, method, headers }) as unknown as IncomingMessage

const response = (headers: Record<string, string>) => {
  const set = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
  return {
    getHeader: (name: string) => set.get(name.toLowerCase()),
    hasHeader: (name: string) => set.has(name.toLowerCase()),
    setHeader: (name: string, value: string) => set.set(name.toLowerCase(), value),
  } as unknown as ServerResponse
}

describe('private requests', () => {
  test('a reader reading a guide is not one', () => {
    for (const url of [
      '/',
      '/brands/hikvision',
      '/brands/hikvision/guid-key-file?utm_source=x',
      '/guide',
    ])
      expect(privateRequest(request(url))).toBe(false)
    expect(
      privateRequest(request('/brands/hikvision', { cookie: 'theme=dark; not-payload-token=1' })),
    ).toBe(false)
    expect(privateRequest(request('/brands/hikvision', {}, 'HEAD'))).toBe(false)
  })

  test("signed-in staff, draft mode, the admin, the API, preview, the chooser's answers, posts and server actions are", () => {
    expect(privateRequest(request('/brands/hikvision', { cookie: 'a=1; payload-token=eyJ' }))).toBe(
      true,
    )
    expect(privateRequest(request('/brands/hikvision', { cookie: '__prerender_bypass=abc' }))).toBe(
      true,
    )
    for (const url of [
      '/admin',
      '/admin/collections/brands',
      '/api/brands',
      '/preview?path=/',
      '/preview/exit',
      '/chooser/hikvision',
    ]) {
      expect([url, privateRequest(request(url))]).toEqual([url, true])
    }
    for (const url of [
      '/brands/hikvision?email=no',
      '/brands/hikvision?loss=no&app=yes',
      '/brands/hikvision?choose=1&email=',
    ]) {
      expect([url, privateRequest(request(url))]).toEqual([url, true])
    }
    expect(
      privateRequest(
        request(
          '/brands/hikvision',
          { 'content-type': 'application/x-www-form-urlencoded' },
          'POST',
        ),
      ),
    ).toBe(true)
    expect(privateRequest(request('/brands/hikvision', { 'next-action': 'abc' }))).toBe(true)
  })
})

describe('Cache-Control', () => {
  test("what Next serves to everyone from its cache becomes the micro-cache's, or private for one person", () => {
    const shared = response({ 'Cache-Control': 's-maxage=31536000' })
    setCacheControl(request('/brands/hikvision'), shared)
    expect(shared.getHeader('cache-control')).toBe(SHARED_CACHE_CONTROL)
    expect(SHARED_CACHE_CONTROL).toMatch(
      /^public, .*max-age=0.*s-maxage=1\b.*stale-while-revalidate=\d+/,
    )
    // The front cache's copy lasts to the end of this second (nginx's absolute form: @ and a Unix time).
    expect(shared.getHeader('x-accel-expires')).toMatch(/^@\d{10}$/)
    expect(frontCacheExpires(1_700_000_000_999)).toBe('@1700000000')

    const staff = response({ 'Cache-Control': 's-maxage=31536000' })
    setCacheControl(request('/brands/hikvision', { cookie: 'payload-token=x' }), staff)
    expect(staff.getHeader('cache-control')).toBe(PRIVATE_CACHE_CONTROL)
    expect(staff.hasHeader('x-accel-expires')).toBe(false)

    const cookie = response({ 'Cache-Control': 's-maxage=31536000', 'Set-Cookie': 'a=1' })
    setCacheControl(request('/brands/hikvision'), cookie)
    expect(cookie.getHeader('cache-control')).toBe(PRIVATE_CACHE_CONTROL)
  })

  test('what Next renders per request keeps what Next said', () => {
    const dynamic = response({
      'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate',
    })
    setCacheControl(request('/search?q=x'), dynamic)
    expect(dynamic.getHeader('cache-control')).toBe(
      'private, no-cache, no-store, max-age=0, must-revalidate',
    )
    const none = response({})
    setCacheControl(request('/api/brands'), none)
    expect(none.hasHeader('cache-control')).toBe(false)
  })
})
