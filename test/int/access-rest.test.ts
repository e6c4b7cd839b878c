/**
 * The access matrix through the REST API: every collection × operation × role,
 * allowed cells succeed and denied cells are refused and change nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { changeFor, createTarget, newData, uploadForm } from '../helpers/documents'
import { type RoleName, startApi } from '../helpers/fixtures'
import { cells, SITE_ALLOWED } from '../helpers/matrix'
import type { TestContext } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

let ctx: TestContext
let api: RestClient
let tokens: Record<RoleName, string | undefined>
let related: Awaited<ReturnType<typeof startApi>>['content'] & { kase?: { id: number | string } }

beforeAll(async () => {
  ;({ ctx, api, tokens, content: related } = await startApi())
  related.kase = await createTarget(ctx.payload, 'comments', related)
})
afterAll(async () => ctx?.close())

const exists = async (collection: string, id: number | string) =>
  (
    await ctx.payload.count({
      collection: collection as 'brands',
      overrideAccess: true,
      where: { id: { equals: id } },
    })
  ).totalDocs === 1

describe.each(cells())(
  '$collection $operation as $role',
  ({ collection, operation, role, allowed }) => {
    test(allowed ? 'is allowed' : 'is denied', async () => {
      const token = tokens[role]
      if (operation === 'create') {
        const before = (await ctx.payload.count({ collection, overrideAccess: true })).totalDocs
        const res =
          collection === 'media'
            ? await api.post('/media', { token, form: await uploadForm('New picture') })
            : await api.post(`/${collection}`, { token, body: newData(collection, related, role) })
        const after = (await ctx.payload.count({ collection, overrideAccess: true })).totalDocs
        if (allowed) {
          expect(res.status).toBe(201)
          expect(after).toBe(before + 1)
        } else {
          expect(res.status).toBe(403)
          expect(after).toBe(before)
        }
        return
      }

      const target = await createTarget(ctx.payload, collection, related)
      if (operation === 'read') {
        const res = await api.get(`/${collection}/${target.id}?depth=0`, { token })
        if (allowed) {
          expect(res.status).toBe(200)
          expect(String(res.body.id)).toBe(String(target.id))
        } else {
          expect([403, 404]).toContain(res.status)
          expect(res.body.id).toBeUndefined()
        }
      } else if (operation === 'update') {
        const change = changeFor[collection]
        const res = await api.patch(`/${collection}/${target.id}`, { token, body: change })
        const stored = await ctx.payload.findByID({
          collection,
          id: target.id,
          overrideAccess: true,
          depth: 0,
        })
        const [field, value] = Object.entries(change)[0]
        if (allowed) {
          expect(res.status).toBe(200)
          expect((stored as unknown as Record<string, unknown>)[field]).toBe(value)
        } else {
          expect([403, 404]).toContain(res.status)
          expect((stored as unknown as Record<string, unknown>)[field]).not.toBe(value)
        }
      } else {
        const res = await api.delete(`/${collection}/${target.id}`, { token })
        if (allowed) {
          expect(res.status).toBe(200)
          expect(await exists(collection, target.id)).toBe(false)
        } else {
          expect([403, 404]).toContain(res.status)
          expect(await exists(collection, target.id)).toBe(true)
        }
      }
    })
  },
)

describe.each(['anonymous', 'support', 'editor', 'admin'] as RoleName[])(
  'site global as %s',
  (role) => {
    test('read', async () => {
      const res = await api.get('/globals/site', { token: tokens[role] })
      expect(res.status).toBe(SITE_ALLOWED.read.includes(role) ? 200 : 403)
    })
    test('update', async () => {
      const tagline = `Tagline by ${role}`
      const res = await api.post('/globals/site', { token: tokens[role], body: { tagline } })
      const stored = await ctx.payload.findGlobal({ slug: 'site', overrideAccess: true })
      if (SITE_ALLOWED.update.includes(role)) {
        expect(res.status).toBe(200)
        expect(stored.tagline).toBe(tagline)
      } else {
        expect(res.status).toBe(403)
        expect(stored.tagline).not.toBe(tagline)
      }
    })
  },
)
