/**
 * A brand page's database work does not grow with its content: the same
 * number of queries for one method with one step and one case as for ten
 * methods of ten steps (each with a picture) and thirty answered cases.
 * A count, not a timing: it holds on any machine.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { PUBLIC_VIEWER } from '@/access/viewer'

import { queriesSoFar } from '../../src/db/queryCounter'
import { listCases } from '../../src/queries/cases'
import { getBrandGuide } from '../../src/queries/guides'
import { paragraphs } from '../../src/seed/richText'
import { pngBytes } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
const local = { overrideAccess: true } as const

const brandWith = async (slug: string, methods: number, steps: number, cases: number) => {
  const brand = await ctx.payload.create({
    collection: 'brands',
    ...local,
    data: { name: slug, slug, _status: 'published' },
  })
  const png = await pngBytes()
  for (let m = 1; m <= methods; m++) {
    const method = await ctx.payload.create({
      collection: 'methods',
      ...local,
      data: {
        title: `Method ${m}`,
        slug: `method-${m}`,
        brand: brand.id,
        kind: 'menu',
        dataLoss: 'none',
        order: m,
        _status: 'draft',
      },
    })
    for (let s = 1; s <= steps; s++) {
      const image = await ctx.payload.create({
        collection: 'media',
        ...local,
        data: { alt: `Screen ${m}.${s}` },
        file: { data: png, mimetype: 'image/png', name: `${slug}-${m}-${s}.png`, size: png.length },
      })
      await ctx.payload.create({
        collection: 'steps',
        ...local,
        data: {
          method: method.id,
          order: s,
          title: `Step ${s}`,
          body: paragraphs([`Do step ${s}.`]),
          image: image.id,
          callouts: [{ kind: 'tip', text: 'A tip' }],
        },
      })
    }
    await ctx.payload.update({
      collection: 'methods',
      id: method.id,
      ...local,
      data: { _status: 'published' },
    })
  }
  for (let c = 1; c <= cases; c++) {
    const kase = await ctx.payload.create({
      collection: 'comments',
      ...local,
      data: {
        brand: brand.id,
        authorName: `Reader ${c}`,
        body: `Case ${c}: still locked out after the reset.`,
        status: 'published',
      },
    })
    await ctx.payload.create({
      collection: 'comments',
      ...local,
      data: {
        brand: brand.id,
        parent: kase.id,
        authorName: 'Support',
        body: `Answer to case ${c}: hold the reset button longer.`,
        status: 'published',
      },
    })
  }
}

/**
 * The writes above leave work running in the background (the mail queue's jobs,
 * queued by each new case): the count starts once no statement has been sent
 * for a while, whichever database finishes that work sooner.
 */
const quiet = async () => {
  for (let last = -1; last !== queriesSoFar();) {
    last = queriesSoFar()
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
}

/** What the brand page reads: its metadata and body (the guide), and its cases. */
const queriesForBrandPage = async (slug: string) => {
  const before = queriesSoFar()
  const guide = await getBrandGuide(slug, PUBLIC_VIEWER)
  expect(guide).not.toBeNull()
  await listCases({ brand: guide!.brand.id }, 1, { count: false })
  return queriesSoFar() - before
}

beforeAll(async () => {
  ctx = await startPayload()
  await brandWith('small', 1, 1, 1)
  await brandWith('large', 10, 10, 30)
}, 120_000)
afterAll(async () => ctx?.close())

test('the number of queries is the same for a small and a large brand page', async () => {
  await quiet()
  const small = await queriesForBrandPage('small')
  const large = await queriesForBrandPage('large')
  console.log(`brand page queries: small ${small}, large ${large}`)
  expect(small).toBeGreaterThan(0)
  expect(large).toBe(small)
  // Brand, site, methods (two statements: the readers' access rule joins the brand), steps,
  // pictures and logo, related brands (both ways, one statement), cases and replies (two
  // statements each: the readers' access rule joins a reply's case, which must be published
  // too). A new read on the page shows up here.
  expect(large).toBeLessThanOrEqual(11)
})
