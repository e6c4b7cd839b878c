/**
 * A publish reaches the front cache at once (src/shared/frontCache.mjs): the
 * real nginx, configured from the repository's template, in front of a small
 * upstream whose page changes under it and whose answers nginx may keep for a
 * minute, so only the refresh can bring the new one.
 */
import http from 'node:http'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { freePort } from '../../scripts/freePort.mjs'
import { type FrontCache, NGINX, startFrontCache, testRefreshToken } from '../../scripts/frontCache'
import {
  FRONT_CACHE_ENCODINGS,
  pathsOfTags,
  refreshFrontCache,
  REFRESH_HEADER,
} from '../../src/shared/frontCache.mjs'

test('the addresses behind revalidation tags: pages only, never a route, a layout or an internal page', () => {
  expect(
    pathsOfTags([
      '_N_T_/brands/hikvision',
      '_N_T_/brands/[brand]/page',
      '_N_T_/layout',
      '_N_T_/',
      '_N_T_/index',
      '_N_T_/_not-found',
      '_N_T_/sitemap.xml',
      'custom',
      '_N_T_/brands/hikvision',
    ]),
  ).toEqual(['/brands/hikvision', '/', '/sitemap.xml'])
})

test('nothing is sent without front caches, or with a secret too short to keep others out', async () => {
  expect(await refreshFrontCache(['_N_T_/'], {})).toEqual({ asked: 0, failed: 0 })
  expect(
    await refreshFrontCache(['_N_T_/'], {
      FRONT_CACHE_URLS: 'http://127.0.0.1:9',
      FRONT_CACHE_TOKEN: 'short',
    }),
  ).toEqual({ asked: 0, failed: 0 })
  expect(
    await refreshFrontCache(['_N_T_/'], {
      FRONT_CACHE_URLS: 'http://127.0.0.1:9',
      FRONT_CACHE_TOKEN: 'long-enough-but-has-a"-quote',
    }),
  ).toEqual({ asked: 0, failed: 0 })
})

if (NGINX) {
  describe('through nginx', () => {
    let version = 1
    let upstream: http.Server
    let front: FrontCache
    const token = testRefreshToken()

    beforeAll(async () => {
      const appPort = await freePort()
      upstream = http.createServer((req, res) => {
        // Kept for a minute: within this test only a refresh replaces it.
        res.writeHead(200, {
          'content-type': 'text/html',
          'cache-control': 'public, max-age=0, s-maxage=60',
          'x-accel-expires': '60',
        })
        res.end(`<p>version ${version} of ${req.url}</p>`)
      })
      await new Promise<void>((resolve) => upstream.listen(appPort, '127.0.0.1', resolve))
      front = startFrontCache(await freePort(), [`127.0.0.1:${appPort}`], token)
    })

    afterAll(async () => {
      front?.stop()
      await new Promise((resolve) => upstream?.close(resolve))
    })

    const read = async (path: string, encoding: string, headers: Record<string, string> = {}) => {
      const res = await fetch(`${front.url}${path}`, {
        headers: { 'accept-encoding': encoding || 'identity', ...headers },
      })
      return { body: await res.text(), cache: res.headers.get('x-cache') }
    }

    test('the refresh stores the new page for every encoding; without it, or with a wrong secret, the old one stays', async () => {
      for (const encoding of FRONT_CACHE_ENCODINGS) {
        expect((await read('/brands/x', encoding)).body).toContain('version 1')
        expect(await read('/brands/x', encoding)).toEqual({
          body: '<p>version 1 of /brands/x</p>',
          cache: 'HIT',
        })
      }
      version = 2
      // Someone without the secret cannot make nginx fetch (and the app render) anew.
      expect(
        await read('/brands/x', 'gzip', { [REFRESH_HEADER]: 'not-the-secret-at-all' }),
      ).toEqual({ body: '<p>version 1 of /brands/x</p>', cache: 'HIT' })

      const env = { FRONT_CACHE_URLS: `${front.url}/`, FRONT_CACHE_TOKEN: token }
      expect(await refreshFrontCache(['_N_T_/brands/x', '_N_T_/brands/[brand]/page'], env)).toEqual(
        { asked: 3, failed: 0 },
      )
      for (const encoding of FRONT_CACHE_ENCODINGS) {
        expect(await read('/brands/x', encoding)).toEqual({
          body: '<p>version 2 of /brands/x</p>',
          cache: 'HIT',
        })
      }
    })

    test('a front cache that cannot be reached is logged, not thrown', async () => {
      const closed = `http://127.0.0.1:${await freePort()}`
      const logged: unknown[] = []
      const original = console.error
      console.error = (...args: unknown[]) => logged.push(args.join(' '))
      try {
        expect(
          await refreshFrontCache(['_N_T_/brands/x'], {
            FRONT_CACHE_URLS: `${front.url},${closed}`,
            FRONT_CACHE_TOKEN: token,
          }),
        ).toEqual({ asked: 6, failed: 3 })
      } finally {
        console.error = original
      }
      expect(String(logged[0])).toMatch(/Front cache: 3 of 6 refreshes failed/)
    })
  })
} else {
  test('nginx is not installed: the front cache refresh was NOT exercised against nginx', () => {
    console.log(
      'nginx is not available here (Debian package nginx): the refresh was checked without a front cache only.',
    )
    expect(NGINX).toBeUndefined()
  })
}
