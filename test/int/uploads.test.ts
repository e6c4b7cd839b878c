import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { uploadForm } from '../helpers/documents'
import { pngBytes, type RoleName, startApi } from '../helpers/fixtures'
import type { TestContext } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

let ctx: TestContext
let api: RestClient
let tokens: Record<RoleName, string | undefined>
/** A local web server that records every request: the server must never fetch from it. */
let bait: http.Server
const baitHits: string[] = []
let baitUrl = ''

beforeAll(async () => {
  ;({ ctx, api, tokens } = await startApi())
  bait = http.createServer(async (req, res) => {
    baitHits.push(req.url ?? '')
    res.setHeader('content-type', 'image/png')
    res.end(Buffer.from(await pngBytes()))
  })
  await new Promise<void>((resolve) => bait.listen(0, '127.0.0.1', resolve))
  baitUrl = `http://127.0.0.1:${(bait.address() as AddressInfo).port}`
}, 120_000)
afterAll(async () => {
  await new Promise((resolve) => bait?.close(resolve))
  await ctx?.close()
})

const mediaCount = async () =>
  (await ctx.payload.count({ collection: 'media', overrideAccess: true })).totalDocs

test('a corrupt image (a PNG cut short) is refused with a message, nothing stored', async () => {
  const before = await mediaCount()
  const png = Buffer.from(await pngBytes(300, 200))
  const res = await api.post('/media', {
    token: tokens.editor,
    form: await uploadForm('Cut short', {
      bytes: png.subarray(0, Math.floor(png.length / 2)),
      name: 'cut.png',
      type: 'image/png',
    }),
  })
  expect(res.status).toBeGreaterThanOrEqual(400)
  expect(res.status).toBeLessThan(500)
  expect(JSON.stringify(res.body)).toMatch(/image|file/i)
  expect(await mediaCount()).toBe(before)
})

test('a JPEG name and type on PNG bytes is stored as what the bytes are', async () => {
  const res = await api.post('/media', {
    token: tokens.editor,
    form: await uploadForm('Named wrong', {
      bytes: await pngBytes(),
      name: 'photo.jpg',
      type: 'image/jpeg',
    }),
  })
  expect(res.status).toBe(201)
  expect(res.body.doc.mimeType).toBe('image/png')
})

test('a pixel flood is refused from its header with bounded memory', async () => {
  const { crc32 } = await import('node:zlib')
  const flood = Buffer.from(await pngBytes())
  flood.writeUInt32BE(20000, 16)
  flood.writeUInt32BE(20000, 20)
  flood.writeUInt32BE(crc32(flood.subarray(12, 29)), 29)
  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
  const res = await api.post('/media', {
    token: tokens.editor,
    form: await uploadForm('Flood', { bytes: flood, name: 'flood.png', type: 'image/png' }),
  })
  clearInterval(sampler)
  expect(res.status).toBe(413)
  // Decoding 20000 × 20000 RGBA would need 1.6 GB; refusing costs next to nothing.
  expect(peak - before).toBeLessThan(64 * 1024 * 1024)
})

test('pasting a picture from an address is off', async () => {
  const res = await api.get(
    `/media/paste-url?src=${encodeURIComponent(`${baitUrl}/picture.png`)}`,
    { token: tokens.editor },
  )
  expect(res.status).toBe(400)
  expect(JSON.stringify(res.body)).toMatch(/not enabled/i)
  expect(baitHits).toEqual([])
})

test('a media document naming a remote file makes the server fetch nothing', async () => {
  const before = await mediaCount()
  const res = await api.post('/media', {
    token: tokens.editor,
    body: { alt: 'Remote', filename: 'picture.png', url: `${baitUrl}/picture.png` },
  })
  expect(res.status).toBe(400)
  expect(JSON.stringify(res.body)).toMatch(/does not fetch pictures from an address/)
  expect(baitHits).toEqual([])
  expect(await mediaCount()).toBe(before)
})
