import zlib from 'node:zlib'

import { describe, expect, test } from '@jest/globals'

import { chooseEncoding, encode } from '../../server/encodings.mjs'

describe('content encodings', () => {
  test('brotli, then gzip, as the client accepts them', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', 5000)).toBe('br')
    expect(chooseEncoding('gzip', 5000)).toBe('gzip')
    expect(chooseEncoding('br;q=0.5, gzip;q=0.8', 5000)).toBe('gzip')
    expect(chooseEncoding('br;q=0, *', 5000)).toBe('gzip')
    expect(chooseEncoding('*', 5000)).toBe('br')
    expect(chooseEncoding('identity', 5000)).toBe('identity')
    expect(chooseEncoding(undefined, 5000)).toBe('identity')
    expect(chooseEncoding('gzip;q=0, br;q=0', 5000)).toBe('identity')
  })

  test('small bodies go as they are', () => {
    expect(chooseEncoding('br, gzip', 200)).toBe('identity')
  })

  test('encoded bodies decode to the original', async () => {
    const body = Buffer.from('<p>Übersicht</p>'.repeat(200))
    expect(zlib.brotliDecompressSync(await encode(body, 'br'))).toEqual(body)
    expect(zlib.gunzipSync(await encode(body, 'gzip'))).toEqual(body)
  })
})
