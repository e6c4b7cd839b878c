/**
 * The public site's reads: published content only, steps in order, general
 * methods for a brand without its own, and search.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { PUBLIC_VIEWER, type Viewer } from '@/access/viewer'

import {
  getBrandGuide,
  getGeneralGuide,
  getMethodPage,
  listBrands,
  listGuidePages,
} from '../../src/queries/guides'
import { searchGuides } from '../../src/queries/search'
import { seed } from '../../src/seed/run'
import { startPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
const local = { overrideAccess: true } as const

beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
})
afterAll(async () => ctx?.close())

describe('guides', () => {
  test('a brand guide lists its methods in order, those that lose data last, each with its steps in order', async () => {
    const guide = await getBrandGuide('hikvision', PUBLIC_VIEWER)
    expect(guide?.brand.name).toBe('Hikvision')
    expect(guide?.usesGeneral).toBe(false)
    const keeps = guide!.methods.filter((m) => m.dataLoss === 'none')
    expect(guide!.methods.slice(0, keeps.length)).toEqual(keeps)
    expect(keeps.map((m) => m.order)).toEqual(
      [...keeps.map((m) => m.order)].sort((a, b) => (a ?? 0) - (b ?? 0)),
    )
    for (const method of guide!.methods) {
      expect(method.steps.length).toBeGreaterThan(0)
      expect(method.steps.map((s) => s.order)).toEqual(method.steps.map((_, i) => i + 1))
      expect(method.general).toBe(false)
    }
  })

  test('a brand without methods of its own gets the general methods, labelled general', async () => {
    const guide = await getBrandGuide('uniview', PUBLIC_VIEWER)
    expect(guide?.usesGeneral).toBe(true)
    // The reset button (settings lost) after support's code, whatever their order.
    expect(guide?.methods.map((m) => m.slug)).toEqual([
      'change-in-menu',
      'security-questions',
      'contact-support',
      'reset-button',
    ])
    expect(guide?.methods.every((m) => m.general)).toBe(true)
    expect((await getMethodPage('uniview', 'reset-button', PUBLIC_VIEWER))?.method.title).toMatch(
      /reset button/i,
    )
    // A brand with its own methods does not borrow general ones by address.
    expect(await getMethodPage('hikvision', 'change-in-menu', PUBLIC_VIEWER)).toBeNull()
  })

  test('drafts never reach the public; an editor previewing sees them', async () => {
    const [dahua] = (
      await ctx.payload.find({
        collection: 'brands',
        ...local,
        where: { slug: { equals: 'dahua' } },
      })
    ).docs
    const draft = await ctx.payload.create({
      collection: 'methods',
      ...local,
      draft: true,
      data: {
        title: 'Unfinished draft method',
        slug: 'unfinished',
        brand: dahua.id,
        kind: 'other',
        dataLoss: 'none',
        _status: 'draft',
      },
    })
    await ctx.payload.create({
      collection: 'steps',
      ...local,
      data: { method: draft.id, order: 1, title: 'Secret draft step' },
    })
    const hidden = await ctx.payload.create({
      collection: 'brands',
      ...local,
      draft: true,
      data: { name: 'Hidden brand', slug: 'hidden-brand', _status: 'draft' },
    })

    expect((await getBrandGuide('dahua', PUBLIC_VIEWER))?.methods.map((m) => m.slug)).not.toContain(
      'unfinished',
    )
    expect(await getMethodPage('dahua', 'unfinished', PUBLIC_VIEWER)).toBeNull()
    expect(await getBrandGuide('hidden-brand', PUBLIC_VIEWER)).toBeNull()
    expect((await listBrands(PUBLIC_VIEWER)).map((b) => b.slug)).not.toContain('hidden-brand')
    const pages = await listGuidePages()
    expect(pages.map((p) => p.brand.slug)).not.toContain('hidden-brand')
    expect(pages.flatMap((p) => p.methods.map((m) => m.slug))).not.toContain('unfinished')
    const found = (await searchGuides('Secret draft step')).groups.flatMap((g) =>
      g.methods.map((m) => m.href),
    )
    expect(found.some((href) => href.includes('unfinished'))).toBe(false)

    const [editor] = [
      await ctx.payload.create({
        collection: 'users',
        ...local,
        data: {
          email: 'ed@example.com',
          password: 'editor password 123',
          name: 'Ed',
          roles: ['editor'],
        },
      }),
    ]
    const preview: Viewer = { draft: true, user: editor }
    expect((await getBrandGuide('dahua', preview))?.methods.map((m) => m.slug)).toContain(
      'unfinished',
    )
    expect(await getBrandGuide('hidden-brand', preview)).not.toBeNull()
    await ctx.payload.delete({ collection: 'brands', id: hidden.id, ...local })
  })

  test('the general guide holds the site sections and the general methods', async () => {
    const { site, methods } = await getGeneralGuide(PUBLIC_VIEWER)
    expect(site.beforeYouStart?.length).toBeGreaterThan(0)
    expect(methods).toHaveLength(4)
    expect(
      methods
        .find((m) => m.kind === 'reset-button')
        ?.steps.some((s) => s.callouts?.some((c) => c.kind === 'warning')),
    ).toBe(true)
  })
})

describe('search', () => {
  // Every address a search lists: each guide, its methods and their steps (test/int/search.test.ts covers ranking).
  const hrefs = async (q: string) =>
    (await searchGuides(q)).groups.flatMap((g) => [
      g.href,
      ...g.methods.flatMap((m) => [m.href, ...m.steps.map((s) => s.href)]),
    ])

  test('aliases find their parent brand', async () => {
    expect(await hrefs('UNV')).toContain('/brands/uniview')
    // Brands with guides of their own are found as themselves, not as another brand's alias.
    expect(await hrefs('LTS')).not.toContain('/brands/hikvision')
    expect(await hrefs('EZVIZ')).not.toContain('/brands/hikvision')
  })

  test('method titles and summaries, and step text, link to the exact place', async () => {
    expect(await hrefs('DMSS')).toContain('/brands/dahua/dmss-qr-code')
    // Words from a step's body, not its title.
    const stepHits = await hrefs('Test Tool Password Resetting')
    expect(stepHits).toContain('/brands/dahua/dmss-qr-code#step-2')
    // General methods live on the general guide.
    expect(await hrefs('photo of the label')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/guide#contact-support/)]),
    )
  })

  test('every word counts, in any order; with a word no guide has, the others still find', async () => {
    expect(await hrefs('file GUID')).toContain('/brands/hikvision/guid-key-file')
    const partial = await searchGuides('GUID zebra')
    expect(partial.partial).toBe(true)
    expect(await hrefs('GUID zebra')).toContain('/brands/hikvision/guid-key-file')
  })

  test.each([
    ['empty', ''],
    ['blank', '   '],
    ['very long', 'reset '.repeat(500)],
    ['SQL', "'; DROP TABLE brands; --"],
    ['wildcards', '%_%'],
    ['operators', '{"$gt": ""}'],
    ['control characters', '\u0000\u0007\u202E'],
    ['markup', '<script>alert(1)</script>'],
    ['emoji', '🔒🔑'],
  ])('a hostile query (%s) is answered, not failed', async (_name, q) => {
    const { query, groups } = await searchGuides(q)
    expect(query.length).toBeLessThanOrEqual(100)
    expect(Array.isArray(groups)).toBe(true)
    // Nothing was harmed.
    expect((await ctx.payload.count({ collection: 'brands', ...local })).totalDocs).toBeGreaterThan(
      0,
    )
  })
})
