/** What the server keeps per version of a shared page (server/pageVersions.mjs). */
import { randomBytes } from 'node:crypto'
import zlib from 'node:zlib'

import { describe, expect, test } from '@jest/globals'

import { pageVersions } from '../../server/pageVersions.mjs'

const page = (text: string) =>
  Buffer.from(
    `<!DOCTYPE html><html><body><p>${text}</p><script>self.__next_f.push([1,"${text}"])</script></body></html>`,
  )

describe('page versions', () => {
  test('one version per HTML: the same policy, ETag and compressed body for every answer of it', async () => {
    const versions = pageVersions()
    const a = versions.of(page('a'), true)
    expect(versions.of(page('a'), true)).toBe(a)
    expect(await a.body('gzip')).toBe(await versions.of(page('a'), true).body('gzip'))
    expect(zlib.gunzipSync(await a.body('gzip'))).toEqual(page('a'))
    const b = versions.of(page('b'), true)
    expect(b.etag('identity')).not.toBe(a.etag('identity'))
    expect(b.policy).not.toBe(a.policy)
    expect(a.etag('identity')).toMatch(/^"[\w-]{22}"$/)
    expect(a.etag('br')).toBe(a.etag('identity').replace(/"$/, '-br"'))
  })

  test('what is rendered per request is not kept', async () => {
    const versions = pageVersions()
    const a = versions.of(page('mine'), false)
    expect(versions.of(page('mine'), false)).not.toBe(a)
    await a.body('br')
    expect(versions.stats().versions).toBe(0)
  })

  test('kept within the byte budget, the least recently used going first', async () => {
    const versions = pageVersions(60_000)
    // Incompressible bodies of 20 KB: three fit, a fourth pushes out the least recently used.
    const bodies = [0, 1, 2, 3].map(() =>
      Buffer.from(`<p>${randomBytes(15_000).toString('base64')}</p>`),
    )
    const [first, second] = [versions.of(bodies[0], true), versions.of(bodies[1], true)]
    await first.body('gzip')
    await second.body('gzip')
    versions.of(bodies[0], true)
    await versions.of(bodies[2], true).body('gzip')
    await versions.of(bodies[3], true).body('gzip')
    const { bytes, versions: count } = versions.stats()
    expect(bytes).toBeLessThanOrEqual(60_000)
    expect(count).toBe(3)
    expect(versions.of(bodies[0], true)).toBe(first)
    expect(versions.of(bodies[1], true)).not.toBe(second)
  })
})
