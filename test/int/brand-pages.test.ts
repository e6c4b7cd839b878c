/**
 * What a brand's page shows beyond its methods, read through the query layer as
 * visitors read it: relations between brands on both brands' pages (published
 * brands only), advice for a brand with nothing sourced, methods that lose data
 * last, when each method was last checked, and the dates in its structured data.
 * A change to a brand refreshes the pages of the brands it names, before and after.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { PUBLIC_VIEWER } from '@/access/viewer'

import { BrandRelations } from '../../src/components/BrandRelations'
import { NoMethodsAdvice } from '../../src/components/NoMethodsAdvice'
import { MethodSources } from '../../src/components/SourceList'
import { brandJsonLd, methodJsonLd } from '../../src/components/structuredData'
import { getBrandGuide } from '../../src/queries/guides'
import { publishedMethod } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { withForeignKeys } from '../helpers/sql'

let ctx: TestContext
const local = { overrideAccess: true } as const
const ids: Record<string, number | string> = {}

const source = (title: string, page?: string) => ({
  title,
  url: `https://example.com/manuals/${title.toLowerCase().replace(/\W+/g, '-')}`,
  ...(page ? { page } : {}),
})

const brand = async (
  name: string,
  data: Record<string, unknown> = {},
  status: 'published' | 'draft' = 'published',
) => {
  const doc = await ctx.payload.create({
    collection: 'brands',
    ...local,
    data: { name, slug: name.toLowerCase(), _status: status, ...data } as never,
  })
  ids[name] = doc.id
  return doc
}

const firmwareOf = (target: string, models?: string) => ({
  kind: 'runs-firmware-of',
  brand: ids[target],
  ...(models ? { models } : {}),
  source: source('N44PI user manual', '17'),
})

/** Visible text of some markup: a block ends with a space, inline tags are dropped, spaces as a reader sees them. */
const text = (html: string) =>
  html
    .replace(/<\/(p|li|div|h\d)>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim()

const relationsHtml = async (slug: string) => {
  const guide = await getBrandGuide(slug, PUBLIC_VIEWER)
  return renderToStaticMarkup(
    createElement(BrandRelations, { brandName: guide!.brand.name, relations: guide!.relations }),
  )
}

beforeAll(async () => {
  ctx = await startPayload()
  await brand('Hikvision')
  await brand('Dahua')
  await brand('Unfinished', {}, 'draft')
  await brand('Annke', { relations: [firmwareOf('Hikvision', 'N44PI'), firmwareOf('Unfinished')] })
  // A brand readers cannot see names Hikvision: Hikvision's page does not show it.
  await brand('Hiddenco', { relations: [firmwareOf('Hikvision')] }, 'draft')
}, 120_000)
afterAll(async () => ctx?.close())

describe('relations between brands', () => {
  test('the brand that has the relation shows it, linked to the other brand and its source', async () => {
    const guide = await getBrandGuide('annke', PUBLIC_VIEWER)
    expect(guide?.relations.own).toEqual([
      {
        kind: 'runs-firmware-of',
        other: { name: 'Hikvision', slug: 'hikvision' },
        models: 'N44PI',
        source: { ...source('N44PI user manual', '17') },
      },
    ])
    expect(guide?.relations.reverse).toEqual([])
    const html = await relationsHtml('annke')
    expect(text(html)).toContain(
      'Some Annke recorders run Hikvision firmware (models: N44PI) — source: N44PI user manual, p. 17',
    )
    expect(html).toContain('href="/brands/hikvision"')
    expect(html).toContain(`href="${source('N44PI user manual').url}"`)
    // The unpublished brand has no page to link to.
    expect(html).not.toContain('Unfinished')
  })

  test('the other brand shows it too, linked back, through the same query', async () => {
    const guide = await getBrandGuide('hikvision', PUBLIC_VIEWER)
    expect(guide?.relations.own).toEqual([])
    expect(guide?.relations.reverse.map((r) => [r.kind, r.other.slug])).toEqual([
      ['runs-firmware-of', 'annke'],
    ])
    const html = await relationsHtml('hikvision')
    expect(text(html)).toContain('Annke: some recorders run this brand’s firmware (models: N44PI)')
    expect(html).toContain('href="/brands/annke"')
    expect(html).not.toContain('Hiddenco')
  })

  test('an editor previewing still sees only relations to and from published brands', async () => {
    const editor = await ctx.payload.create({
      collection: 'users',
      ...local,
      data: {
        email: 'editor@example.com',
        password: 'correct horse battery staple',
        name: 'Ed',
        roles: ['editor'],
      },
    })
    const guide = await getBrandGuide('hikvision', { draft: true, user: editor as never })
    expect(guide?.relations.reverse.map((r) => r.other.slug)).toEqual(['annke'])
  })

  test('a brand without relations shows no section', async () => {
    expect(await relationsHtml('dahua')).toBe('')
  })
})

describe('a change to a brand refreshes the pages of the brands its relations touch', () => {
  /** The paths refreshed during `change`: outside Next.js each is logged as not revalidated. */
  const refreshed = async (change: () => Promise<unknown>) => {
    const debug = jest.spyOn(ctx.payload.logger, 'debug')
    try {
      await change()
      return debug.mock.calls
        .map(([entry]) => String((entry as { msg?: string })?.msg ?? ''))
        .flatMap((msg) => msg.match(/: (\/\S*)$/)?.slice(1) ?? [])
    } finally {
      debug.mockRestore()
    }
  }

  test('the old target and the new one, when a relation is moved', async () => {
    const paths = await refreshed(() =>
      ctx.payload.update({
        collection: 'brands',
        id: ids.Annke,
        ...local,
        data: { relations: [firmwareOf('Dahua', 'N44PI')] as never },
      }),
    )
    expect(paths).toEqual(
      expect.arrayContaining(['/brands/annke', '/brands/hikvision', '/brands/dahua']),
    )
    expect((await getBrandGuide('hikvision', PUBLIC_VIEWER))?.relations.reverse).toEqual([])
    expect(
      (await getBrandGuide('dahua', PUBLIC_VIEWER))?.relations.reverse.map((r) => r.other.slug),
    ).toEqual(['annke'])
  })

  test('the target readers saw, when a draft saved in between already dropped it', async () => {
    await ctx.payload.update({
      collection: 'brands',
      id: ids.Annke,
      ...local,
      draft: true,
      data: { relations: [firmwareOf('Hikvision')] as never, _status: 'draft' },
    })
    const paths = await refreshed(() =>
      ctx.payload.update({
        collection: 'brands',
        id: ids.Annke,
        ...local,
        data: { _status: 'published' },
      }),
    )
    // Published before: Dahua (live). The draft and the new version both name Hikvision.
    expect(paths).toEqual(expect.arrayContaining(['/brands/dahua', '/brands/hikvision']))
  })

  test('the brands that name it, when it is renamed', async () => {
    const paths = await refreshed(() =>
      ctx.payload.update({
        collection: 'brands',
        id: ids.Hikvision,
        ...local,
        data: { name: 'Hikvision Digital' },
      }),
    )
    expect(paths).toContain('/brands/annke')
  })

  test('the brands that named it, when it is deleted', async () => {
    const gone = await brand('Gone')
    await ctx.payload.update({
      collection: 'brands',
      id: ids.Dahua,
      ...local,
      data: { relations: [firmwareOf('Gone')] as never },
    })
    // With foreign keys enforced, as PostgreSQL always does: the rows naming it lose their brand.
    const paths = await withForeignKeys(ctx.payload, () =>
      refreshed(() => ctx.payload.delete({ collection: 'brands', id: gone.id, ...local })),
    )
    expect(paths).toEqual(expect.arrayContaining(['/brands/gone', '/brands/dahua']))
    // Dahua's row lost its brand: nothing is shown for it.
    expect((await getBrandGuide('dahua', PUBLIC_VIEWER))?.relations.own).toEqual([])
  })
})

describe('a brand with no sourced method', () => {
  test('its advice is one block, saying what to do; the general methods follow when there are some', () => {
    const advice =
      'Ask the installer who set the recorder up.\n\nOr write to Uniview support with the serial number.'
    const html = renderToStaticMarkup(
      createElement(NoMethodsAdvice, {
        brandName: 'Uniview',
        advice,
        hasSupport: true,
        generalFollow: true,
      }),
    )
    expect(html.match(/class="notice no-methods-advice"/g)).toHaveLength(1)
    expect(text(html)).toBe(
      'No Uniview-specific procedure could be sourced yet. Ask the installer who set the recorder up. Or write to Uniview support with the serial number. The general methods below work on most recorders; Uniview support can confirm what applies to your model.',
    )
    const alone = renderToStaticMarkup(
      createElement(NoMethodsAdvice, {
        brandName: 'Uniview',
        advice,
        hasSupport: false,
        generalFollow: false,
      }),
    )
    expect(text(alone)).not.toMatch(/general methods/)
  })
})

describe('methods on a brand’s page', () => {
  beforeAll(async () => {
    await brand('Ordered')
    const base = {
      brand: ids.Ordered,
      sources: [
        source('Ordered manual', '12'),
        { ...source('Forum write-up'), publisher: 'third-party' },
      ],
    }
    await publishedMethod(ctx.payload, {
      ...base,
      title: 'Factory reset',
      slug: 'factory-reset',
      kind: 'reset-button',
      dataLoss: 'settings',
      order: 1,
    })
    await publishedMethod(ctx.payload, {
      ...base,
      title: 'Wipe',
      slug: 'wipe',
      kind: 'reset-button',
      dataLoss: 'settings-and-recordings',
      order: 2,
    })
    await publishedMethod(ctx.payload, {
      ...base,
      title: 'E-mail code',
      slug: 'email-code',
      kind: 'reserved-email',
      dataLoss: 'none',
      order: 30,
      lastChecked: '2026-12-02T12:00:00.000Z',
    })
    await publishedMethod(ctx.payload, {
      ...base,
      title: 'Questions',
      slug: 'questions',
      kind: 'security-questions',
      dataLoss: 'none',
      order: 20,
      lastChecked: '2026-11-20T12:00:00.000Z',
    })
  })

  test('those that lose data come last, whatever their order says', async () => {
    const guide = await getBrandGuide('ordered', PUBLIC_VIEWER)
    expect(guide?.methods.map((m) => m.slug)).toEqual([
      'questions',
      'email-code',
      'factory-reset',
      'wipe',
    ])
  })

  test('each says when it was last checked against its sources, with page numbers and third-party sources labelled', async () => {
    const method = (await getBrandGuide('ordered', PUBLIC_VIEWER))!.methods.find(
      (m) => m.slug === 'email-code',
    )!
    const html = renderToStaticMarkup(createElement(MethodSources, { method }))
    expect(text(html)).toContain('Last checked against its sources on 2 December 2026')
    expect(html).toContain('<time dateTime="2026-12-02">')
    expect(text(html)).toContain('Ordered manual, p. 12')
    expect(text(html)).toMatch(/Forum write-up third-party/)
    expect(html.match(/third-party/g)).toHaveLength(1)
    const unchecked = (await getBrandGuide('ordered', PUBLIC_VIEWER))!.methods.find(
      (m) => m.slug === 'wipe',
    )!
    expect(
      text(renderToStaticMarkup(createElement(MethodSources, { method: unchecked }))),
    ).not.toMatch(/Last checked/)
  })

  test('structured data carries when each was modified and, where every one was checked, the oldest check', async () => {
    const guide = (await getBrandGuide('ordered', PUBLIC_VIEWER))!
    const method = guide.methods.find((m) => m.slug === 'email-code')!
    const graph = methodJsonLd(guide.brand, method)['@graph'] as Record<string, unknown>[]
    expect(graph.find((n) => n['@type'] === 'HowTo')).toMatchObject({
      dateModified: method.updatedAt,
    })
    expect(graph.find((n) => n['@type'] === 'WebPage')).toMatchObject({
      dateModified: method.updatedAt,
      lastReviewed: '2026-12-02',
    })

    const page = brandJsonLd(guide)['@graph'] as Record<string, unknown>[]
    const latest = [guide.brand.updatedAt, ...guide.methods.map((m) => m.updatedAt)].sort().at(-1)
    expect(page.find((n) => n['@type'] === 'WebPage')).toMatchObject({ dateModified: latest })
    // Two of its methods were never checked: the page claims no review date.
    expect(page.find((n) => n['@type'] === 'WebPage')).not.toHaveProperty('lastReviewed')
    expect(
      page.filter((n) => n['@type'] === 'HowTo').every((n) => typeof n.dateModified === 'string'),
    ).toBe(true)

    const checked = { ...guide, methods: guide.methods.filter((m) => m.lastChecked) }
    expect(
      (brandJsonLd(checked)['@graph'] as Record<string, unknown>[]).find(
        (n) => n['@type'] === 'WebPage',
      ),
    ).toMatchObject({ lastReviewed: '2026-11-20' })
  })
})
