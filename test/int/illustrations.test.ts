/**
 * The illustrations are stored once through the media collection, with their
 * alt text and resized variants, and found again by their file name on every
 * later run, even when Payload had to give the file another name.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'

import {
  ensureIllustration,
  findIllustration,
  illustrationAlt,
  illustrationFilename,
} from '../../src/seed/illustrations'
import { startPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
const local = { overrideAccess: true } as const

beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(async () => ctx?.close())

const mediaCount = async () =>
  (await ctx.payload.count({ collection: 'media', ...local })).totalDocs

test('ensureIllustration creates the picture once, with its alt text, and finds the same one again', async () => {
  const first = await ensureIllustration(ctx.payload, 'login-forgot-password')
  const count = await mediaCount()
  const second = await ensureIllustration(ctx.payload, 'login-forgot-password')
  expect(String(second)).toBe(String(first))
  expect(await mediaCount()).toBe(count)

  const media = await ctx.payload.findByID({ collection: 'media', id: first, ...local })
  expect(media.filename).toBe(illustrationFilename('login-forgot-password'))
  expect(media.alt).toBe(illustrationAlt('login-forgot-password'))
  expect([media.mimeType, media.width, media.height]).toEqual(['image/png', 1200, 800])
  // The variants the pages and the admin use are made from it.
  expect(media.sizes?.wide?.width).toBe(1024)
  expect(media.sizes?.card?.width).toBe(480)
})

test('an editor’s own alt text is kept: the stored picture is found, not made again', async () => {
  const id = await ensureIllustration(ctx.payload, 'login-forgot-password')
  await ctx.payload.update({
    collection: 'media',
    id,
    ...local,
    data: { alt: 'Edited by an editor' },
  })
  expect(String(await ensureIllustration(ctx.payload, 'login-forgot-password'))).toBe(String(id))
  expect((await ctx.payload.findByID({ collection: 'media', id, ...local })).alt).toBe(
    'Edited by an editor',
  )
})

test('a file of the same name left in the media folder does not make the next run store it again', async () => {
  // A media folder kept from an older database: Payload stores the new file under a numbered name.
  const dir = process.env.MEDIA_DIR!
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, illustrationFilename('reset-button-board')), 'left over')
  const first = await ensureIllustration(ctx.payload, 'reset-button-board')
  const media = await ctx.payload.findByID({ collection: 'media', id: first, ...local })
  expect(media.filename).toBe('illustration-reset-button-board-1.png')
  const count = await mediaCount()
  expect(String(await ensureIllustration(ctx.payload, 'reset-button-board'))).toBe(String(first))
  expect(await mediaCount()).toBe(count)
})

test('findIllustration finds a stored illustration and never makes one', async () => {
  expect(await findIllustration(ctx.payload, 'reset-button-board')).not.toBeNull()
  const { totalDocs } = await ctx.payload.count({ collection: 'media', overrideAccess: true })
  await findIllustration(ctx.payload, 'login-forgot-password')
  expect((await ctx.payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(
    totalDocs,
  )
})
