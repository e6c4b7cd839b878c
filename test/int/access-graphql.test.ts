/**
 * The access matrix through GraphQL: every collection × operation × role.
 * Uploads cannot be made through GraphQL, so media creation is covered by the REST matrix only.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { changeFor, createTarget, newData } from '../helpers/documents'
import { type RoleName, startApi } from '../helpers/fixtures'
import { cells, type CollectionSlug, SITE_ALLOWED } from '../helpers/matrix'
import type { TestContext } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

let ctx: TestContext
let api: RestClient
let tokens: Record<RoleName, string | undefined>
let related: Awaited<ReturnType<typeof startApi>>['content'] & { kase?: { id: number | string } }

const NAMES: Record<CollectionSlug, string> = {
  brands: 'Brand',
  methods: 'Method',
  steps: 'Step',
  comments: 'Comment',
  feedback: 'Feedback',
  media: 'Media',
  users: 'User',
}

beforeAll(async () => {
  ;({ ctx, api, tokens, content: related } = await startApi())
  related.kase = await createTarget(ctx.payload, 'comments', related)
})
afterAll(async () => ctx?.close())

/** Ids are inlined as literals: numbers on SQLite, strings on MongoDB. */
const lit = (id: number | string) => JSON.stringify(id)

const count = async (collection: CollectionSlug) =>
  (await ctx.payload.count({ collection, overrideAccess: true })).totalDocs

describe.each(cells().filter((c) => !(c.collection === 'media' && c.operation === 'create')))(
  '$collection $operation as $role',
  ({ collection, operation, role, allowed }) => {
    test(allowed ? 'is allowed' : 'is denied', async () => {
      const name = NAMES[collection]
      const token = tokens[role]
      if (operation === 'create') {
        const before = await count(collection)
        const res = await api.graphql(
          `mutation ($data: mutation${name}Input!) { create${name}(data: $data) { id } }`,
          {
            token,
            variables: {
              data: newData(collection as Exclude<CollectionSlug, 'media'>, related, role),
            },
          },
        )
        const after = await count(collection)
        if (allowed) {
          expect(res.body.errors).toBeUndefined()
          expect(res.body.data[`create${name}`].id).toBeDefined()
          expect(after).toBe(before + 1)
        } else {
          expect(res.body.errors?.length).toBeGreaterThan(0)
          expect(after).toBe(before)
        }
        return
      }

      const target = await createTarget(ctx.payload, collection, related)
      if (operation === 'read') {
        const res = await api.graphql(`{ ${name}(id: ${lit(target.id)}) { id } }`, { token })
        if (allowed) {
          expect(res.body.errors).toBeUndefined()
          expect(String(res.body.data[name].id)).toBe(String(target.id))
        } else {
          expect(res.body.errors?.length).toBeGreaterThan(0)
          expect(res.body.data?.[name]?.id).toBeUndefined()
        }
      } else if (operation === 'update') {
        const change = changeFor[collection]
        const res = await api.graphql(
          `mutation ($data: mutation${name}UpdateInput!) { update${name}(id: ${lit(target.id)}, data: $data) { id } }`,
          { token, variables: { data: change } },
        )
        const stored = (await ctx.payload.findByID({
          collection,
          id: target.id,
          overrideAccess: true,
          depth: 0,
        })) as unknown as Record<string, unknown>
        const [field, value] = Object.entries(change)[0]
        if (allowed) {
          expect(res.body.errors).toBeUndefined()
          expect(stored[field]).toBe(value)
        } else {
          expect(res.body.errors?.length).toBeGreaterThan(0)
          expect(stored[field]).not.toBe(value)
        }
      } else {
        const res = await api.graphql(`mutation { delete${name}(id: ${lit(target.id)}) { id } }`, {
          token,
        })
        const remaining = (
          await ctx.payload.count({
            collection,
            overrideAccess: true,
            where: { id: { equals: target.id } },
          })
        ).totalDocs
        if (allowed) {
          expect(res.body.errors).toBeUndefined()
          expect(remaining).toBe(0)
        } else {
          expect(res.body.errors?.length).toBeGreaterThan(0)
          expect(remaining).toBe(1)
        }
      }
    })
  },
)

describe.each(['anonymous', 'support', 'editor', 'admin'] as RoleName[])(
  'site global as %s',
  (role) => {
    test('read and update', async () => {
      const read = await api.graphql('{ Site { name } }', { token: tokens[role] })
      expect(read.body.errors === undefined).toBe(SITE_ALLOWED.read.includes(role))
      const tagline = `GraphQL tagline by ${role}`
      const res = await api.graphql(
        'mutation ($data: mutationSiteInput!) { updateSite(data: $data) { tagline } }',
        {
          token: tokens[role],
          variables: { data: { name: 'ResetHub', tagline } },
        },
      )
      const stored = await ctx.payload.findGlobal({ slug: 'site', overrideAccess: true })
      if (SITE_ALLOWED.update.includes(role)) {
        expect(res.body.errors).toBeUndefined()
        expect(stored.tagline).toBe(tagline)
      } else {
        expect(res.body.errors?.length).toBeGreaterThan(0)
        expect(stored.tagline).not.toBe(tagline)
      }
    })
  },
)
