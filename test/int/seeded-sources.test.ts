/**
 * What the seed writes, read back from a real database: every published method
 * says when it was checked and links a source a reader can open at the page.
 * (test/unit/content.test.ts holds the seed content itself to the full rules.)
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { validateSourceUrl } from '@/collections/shared/sources'

import { isoDay } from '../../src/lib/dates'
import { seed } from '../../src/seed/run'
import { startPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
const local = { overrideAccess: true } as const

beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
})
afterAll(async () => ctx?.close())

type MethodDoc = Awaited<ReturnType<typeof published>>[number]
const published = async () =>
  (
    await ctx.payload.find({
      collection: 'methods',
      ...local,
      where: { _status: { equals: 'published' } },
      depth: 1,
      pagination: false,
    })
  ).docs

const faultsOf = (docs: MethodDoc[]) =>
  docs.flatMap((method) => {
    const name = `${method.brand && typeof method.brand === 'object' ? method.brand.name : 'General guide'} › ${method.slug}`
    const problems: string[] = []
    if (!isoDay(method.lastChecked)) problems.push(`${name}: no lastChecked`)
    const sources = method.sources ?? []
    if (!sources.some((s) => validateSourceUrl(s.url) === true))
      problems.push(`${name}: no source with a link to its page`)
    for (const s of sources)
      if (validateSourceUrl(s.url) !== true)
        problems.push(`${name}: source “${s.title}” has no usable link (${s.url ?? 'none'})`)
    return problems
  })

test('every published seeded method has its checked date and a source with a link', async () => {
  const docs = await published()
  expect(docs.length).toBeGreaterThan(20)
  expect(faultsOf(docs)).toEqual([])
})

test('the check fails on a seeded method without them', async () => {
  const [doc] = (await published()).filter((m) => m.slug === 'dmss-qr-code')
  expect(faultsOf([{ ...doc, lastChecked: null, sources: [] }])).toEqual([
    'Dahua › dmss-qr-code: no lastChecked',
    'Dahua › dmss-qr-code: no source with a link to its page',
  ])
  expect(
    faultsOf([{ ...doc, sources: [{ title: 'Dahua', url: 'https://www.dahuasecurity.com/' }] }]),
  ).toEqual([
    'Dahua › dmss-qr-code: no source with a link to its page',
    'Dahua › dmss-qr-code: source “Dahua” has no usable link (https://www.dahuasecurity.com/)',
  ])
})
