/**
 * Search over the seeded guides and content made here, on the test's real
 * database through the Local API: ranking, typos, prefixes, several words,
 * model numbers, highlighting that stays text, drafts never found, the index
 * kept current (in this process and, through the content version, in
 * another instance's), missed searches counted for staff, "did you mean".
 * Ids may be numbers or strings: nothing here assumes either.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { renderToStaticMarkup } from 'react-dom/server'

import { SearchResults } from '../../src/components/SearchResults'
import { searchGuides } from '../../src/queries/search'
import { searchSite, type SearchOutcome } from '../../src/search'
import { SearchIndexHolder } from '../../src/search/holder'
import { MISSES, missKey } from '../../src/search/misses'
import { paragraphs } from '../../src/seed/richText'
import { seed } from '../../src/seed/run'
import { createStaff, publishedMethod } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restClient, type RestClient } from '../helpers/rest'

let ctx: TestContext
let api: RestClient
let tokens: Awaited<ReturnType<typeof createStaff>>['tokens']
const local = { overrideAccess: true } as const

beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
  api = restClient()
  ;({ tokens } = await createStaff(ctx.payload, api))
})
afterAll(async () => ctx?.close())

/** Every address a search lists, in order: each guide, its methods, their steps. */
const addresses = (outcome: SearchOutcome) =>
  outcome.groups.flatMap((g) => [
    g.href,
    ...g.methods.flatMap((m) => [m.href, ...m.steps.map((s) => s.href)]),
  ])
const search = (q: string) => searchGuides(q)
const guides = async (q: string) => (await search(q)).groups.map((g) => g.href)
const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('')
const marked = (segments: { text: string; mark: boolean }[]) =>
  segments.filter((s) => s.mark).map((s) => s.text)

/** Waits for a search to show what a change made (the index is rebuilt behind the one answering). */
const eventually = async (check: () => Promise<boolean>, ms = 20_000) => {
  const deadline = Date.now() + ms
  for (;;) {
    if (await check()) return true
    if (Date.now() > deadline) return false
    await new Promise((r) => setTimeout(r, 50))
  }
}

const brandId = async (slug: string) =>
  (
    await ctx.payload.find({
      collection: 'brands',
      ...local,
      where: { slug: { equals: slug } },
      limit: 1,
    })
  ).docs[0].id

describe('ranking', () => {
  test('a brand’s name finds that brand first, then its methods', async () => {
    for (const slug of ['hikvision', 'dahua', 'reolink']) {
      const outcome = await search(slug)
      expect(outcome.groups[0].href).toBe(`/brands/${slug}`)
      expect(outcome.groups[0].methods.length).toBeGreaterThan(0)
      expect(outcome.groups[0].methods.every((m) => m.href.startsWith(`/brands/${slug}/`))).toBe(
        true,
      )
    }
  })

  test('"hikvision reset" lists Hikvision’s methods first, then other resets', async () => {
    const outcome = await search('hikvision reset')
    expect(outcome.groups[0].href).toBe('/brands/hikvision')
    expect(outcome.groups[0].methods.length).toBeGreaterThanOrEqual(3)
    expect(outcome.groups[0].methods.every((m) => m.href.startsWith('/brands/hikvision/'))).toBe(
      true,
    )
    expect(outcome.groups.length).toBeGreaterThan(1)
  })

  test('a method’s title ranks above another method’s step text with the same word', async () => {
    const brand = await ctx.payload.create({
      collection: 'brands',
      ...local,
      data: { name: 'Quillon', slug: 'quillon', _status: 'published' },
    })
    await publishedMethod(
      ctx.payload,
      {
        title: 'Power cycle the unit',
        slug: 'power-cycle',
        brand: brand.id,
        kind: 'other',
        dataLoss: 'none',
        order: 1,
      },
      'Wobblefrost the handle',
    )
    await publishedMethod(ctx.payload, {
      title: 'Wobblefrost calibration',
      slug: 'wobblefrost',
      brand: brand.id,
      kind: 'other',
      dataLoss: 'none',
      order: 2,
    })
    expect(
      await eventually(async () => (await search('wobblefrost')).groups[0]?.methods.length === 2),
    ).toBe(true)
    const [group] = (await search('wobblefrost')).groups
    expect(group.methods.map((m) => m.href)).toEqual([
      '/brands/quillon/wobblefrost',
      '/brands/quillon/power-cycle',
    ])
    // The step found by its own words is listed under its method, at its anchor.
    expect(group.methods[1].steps.map((s) => s.href)).toEqual([
      '/brands/quillon/power-cycle#step-1',
    ])
  })

  test('a general method is grouped as the general guide', async () => {
    const outcome = await search('photo of the label')
    const general = outcome.groups.find((g) => g.brand === null)
    expect(general?.href).toBe('/guide')
    expect(text(general!.heading)).toBe('General guide')
    expect(general?.methods.some((m) => m.href.startsWith('/guide#'))).toBe(true)
  })
})

describe('typos, prefixes, several words', () => {
  test.each([
    ['hikvsion', '/brands/hikvision'],
    ['hikvsoin', '/brands/hikvision'],
    ['dahau', '/brands/dahua'],
    ['Reolnik', '/brands/reolink'],
  ])('a typo (%s) still finds the brand first', async (q, href) => {
    expect((await guides(q))[0]).toBe(href)
  })

  test.each([
    ['hikv', '/brands/hikvision'],
    ['reol', '/brands/reolink'],
    ['dah', '/brands/dahua'],
  ])('a word being typed (%s) finds the brand by its start', async (q, href) => {
    expect((await guides(q))[0]).toBe(href)
  })

  test('every word counts, in any order and any field: "Hikvision GUID file"', async () => {
    for (const q of ['Hikvision GUID file', 'hikvision guid', 'GUID hikvision key']) {
      const outcome = await search(q)
      expect(outcome.groups[0].href).toBe('/brands/hikvision')
      expect(outcome.groups[0].methods[0].href).toBe('/brands/hikvision/guid-key-file')
      expect(outcome.partial).toBe(false)
    }
    // Without the brand, both brands' GUID methods.
    expect(addresses(await search('file GUID'))).toEqual(
      expect.arrayContaining(['/brands/hikvision/guid-key-file', '/brands/ezviz/guid-file']),
    )
  })

  test('"dahua qr" finds the DMSS QR method; the filler words of a question do not get in the way', async () => {
    expect(addresses(await search('dahua qr'))).toContain('/brands/dahua/dmss-qr-code')
    expect((await search('how do I reset my hikvision')).groups[0].href).toBe('/brands/hikvision')
  })

  test('when no guide has every word, guides with some of them are shown, said to be partial', async () => {
    const outcome = await search('GUID zebra')
    expect(outcome.partial).toBe(true)
    expect(addresses(outcome)).toContain('/brands/hikvision/guid-key-file')
  })

  test('a short word matches whole words only: "lts" is the brand, not a piece of "defaults"', async () => {
    const outcome = await search('lts')
    expect(outcome.groups.map((g) => g.href)).toEqual(['/brands/lts'])
    expect((await search('unv')).groups[0].notes.map(text)).toEqual(['Also sold as UNV'])
    // "defaults" is in the seeded text: whole, it is found.
    expect((await search('defaults')).total).toBeGreaterThan(0)
  })
})

describe('model numbers', () => {
  test.each([
    ['DS-7608NI-K2', '/brands/hikvision', 'DS-76*'],
    ['ds7608ni', '/brands/hikvision', 'DS-76*'],
    ['DS 7616NI E2', '/brands/hikvision', 'DS-76*'],
    ['RLN8-410', '/brands/reolink', 'RLN*'],
    ['XVR4104C-X', '/brands/dahua', 'XVR*'],
  ])('%s leads to its brand’s guide first, saying why', async (q, href, pattern) => {
    const outcome = await search(q)
    expect(outcome.groups[0].href).toBe(href)
    expect(text(outcome.groups[0].notes[0])).toContain(
      `matches ${text(outcome.groups[0].heading)}’s ${pattern}`,
    )
    expect(outcome.groups[0].methods.length).toBeGreaterThan(0)
    expect(outcome.didYouMean).toBeNull()
  })

  test('a model with a model number among other words: "DS-7608NI-K2 reset"', async () => {
    expect((await guides('DS-7608NI-K2 reset'))[0]).toBe('/brands/hikvision')
  })

  test('a pattern naming its OEM says so', async () => {
    const hikvision = await brandId('hikvision')
    await ctx.payload.create({
      collection: 'brands',
      ...local,
      data: {
        name: 'Vantorix',
        slug: 'vantorix',
        _status: 'published',
        modelPatterns: [
          {
            pattern: 'VTX-9*',
            example: 'VTX-9108',
            label: 'recorders',
            oem: hikvision,
            source: { title: 'Vantorix VTX-9108 manual, p. 2', url: 'https://example.com/vtx' },
          },
        ],
      },
    })
    expect(await eventually(async () => (await guides('VTX-9108'))[0] === '/brands/vantorix')).toBe(
      true,
    )
    const notes = (await search('VTX-9108')).groups[0].notes.map(text)
    expect(notes).toEqual([
      'VTX-9108 matches Vantorix’s VTX-9* recorders.',
      'Made by Hikvision, or on its firmware (Vantorix VTX-9108 manual, p. 2).',
    ])
  })
})

describe('highlighting', () => {
  test('matching words are marked in titles and excerpts', async () => {
    const outcome = await search('hikvision guid')
    const [group] = outcome.groups
    expect(marked(group.heading)).toEqual(['Hikvision'])
    expect(marked(group.methods[0].title)).toEqual(['GUID'])
  })

  test('markup in a published step comes out as text, never as HTML', async () => {
    const brand = await ctx.payload.create({
      collection: 'brands',
      ...local,
      data: { name: 'Markupia', slug: 'markupia', _status: 'published' },
    })
    const draft = await ctx.payload.create({
      collection: 'methods',
      ...local,
      data: {
        title: 'Zanzibar reset',
        slug: 'zanzibar',
        brand: brand.id,
        kind: 'other',
        dataLoss: 'none',
        _status: 'draft',
      },
    })
    await ctx.payload.create({
      collection: 'steps',
      ...local,
      data: {
        method: draft.id,
        order: 1,
        title: '<b>Zanzibar</b> step',
        body: paragraphs([
          'Type <script>alert(1)</script> and <img src=x onerror=alert(2)> then zanzibar.',
        ]),
      },
    })
    await ctx.payload.update({
      collection: 'methods',
      id: draft.id,
      ...local,
      data: { _status: 'published' },
    })
    expect(await eventually(async () => (await guides('zanzibar'))[0] === '/brands/markupia')).toBe(
      true,
    )

    const html = renderToStaticMarkup(SearchResults({ outcome: await search('zanzibar') }))
    expect(html).toContain('<mark>zanzibar</mark>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;')
    expect(html).toContain('&lt;b&gt;<mark>Zanzibar</mark>&lt;/b&gt; step')
    expect(html).not.toMatch(/<script|<img|<b>/)
  })
})

describe('published content only', () => {
  test('drafts are never found: a draft brand, a draft method, the newer draft of a published method', async () => {
    const draftBrand = await ctx.payload.create({
      collection: 'brands',
      ...local,
      draft: true,
      data: { name: 'Glimmerdraft', slug: 'glimmerdraft', _status: 'draft' },
    })
    await ctx.payload.create({
      collection: 'methods',
      ...local,
      draft: true,
      data: {
        title: 'Plovertine method',
        slug: 'plovertine',
        brand: await brandId('dahua'),
        kind: 'other',
        dataLoss: 'none',
        _status: 'draft',
      },
    })
    const { method } = await publishedMethod(ctx.payload, {
      title: 'Snarkle reset',
      slug: 'snarkle',
      brand: await brandId('dahua'),
      kind: 'other',
      dataLoss: 'none',
    })
    await ctx.payload.update({
      collection: 'methods',
      id: method.id,
      ...local,
      draft: true,
      data: { title: 'Snarkle reset, now with Frobnitz' },
    })
    // A method of a draft brand, published itself, is still not the public's.
    await publishedMethod(ctx.payload, {
      title: 'Hidden wimbleton',
      slug: 'wimbleton',
      brand: draftBrand.id,
      kind: 'other',
      dataLoss: 'none',
    })

    expect(
      await eventually(async () =>
        addresses(await search('snarkle')).includes('/brands/dahua/snarkle'),
      ),
    ).toBe(true)
    for (const q of ['glimmerdraft', 'plovertine', 'frobnitz', 'wimbleton'])
      expect(await guides(q)).toEqual([])
    // The published title is what is found.
    expect(text((await search('snarkle')).groups[0].methods[0].title)).toBe('Snarkle reset')
  })

  test('publish → found; unpublish → gone; delete → gone', async () => {
    const brand = await ctx.payload.create({
      collection: 'brands',
      ...local,
      draft: true,
      data: { name: 'Peregrix', slug: 'peregrix', _status: 'draft' },
    })
    expect(await guides('peregrix')).toEqual([])
    await ctx.payload.update({
      collection: 'brands',
      id: brand.id,
      ...local,
      data: { _status: 'published' },
    })
    expect(await eventually(async () => (await guides('peregrix'))[0] === '/brands/peregrix')).toBe(
      true,
    )

    const { method, step } = await publishedMethod(
      ctx.payload,
      {
        title: 'Tessellate the admin',
        slug: 'tessellate',
        brand: brand.id,
        kind: 'other',
        dataLoss: 'none',
      },
      'Quibble the switch',
    )
    expect(
      await eventually(async () =>
        addresses(await search('quibble')).includes('/brands/peregrix/tessellate#step-1'),
      ),
    ).toBe(true)
    await ctx.payload.update({
      collection: 'steps',
      id: step.id,
      ...local,
      data: { title: 'Flip the switch' },
    })
    expect(await eventually(async () => (await guides('quibble')).length === 0)).toBe(true)

    await ctx.payload.update({
      collection: 'methods',
      id: method.id,
      ...local,
      data: { _status: 'draft' },
    })
    expect(await eventually(async () => (await guides('tessellate')).length === 0)).toBe(true)

    await ctx.payload.update({
      collection: 'brands',
      id: brand.id,
      ...local,
      data: { _status: 'draft' },
    })
    expect(await eventually(async () => (await guides('peregrix')).length === 0)).toBe(true)

    await ctx.payload.update({
      collection: 'brands',
      id: brand.id,
      ...local,
      data: { _status: 'published' },
    })
    expect(await eventually(async () => (await guides('peregrix')).length === 1)).toBe(true)
    await ctx.payload.delete({ collection: 'brands', id: brand.id, ...local })
    expect(await eventually(async () => (await guides('peregrix')).length === 0)).toBe(true)
  })

  test('another instance’s index learns of a publish through the database, within about a second', async () => {
    // A second instance on the same database: its own index, told nothing by this process's hooks.
    const other = new SearchIndexHolder()
    const find = async (q: string) =>
      (await searchSite(ctx.payload, q, other)).groups.map((g) => g.href)
    expect(await find('ostrander')).toEqual([])

    const brand = await ctx.payload.create({
      collection: 'brands',
      ...local,
      data: { name: 'Ostrander', slug: 'ostrander', _status: 'published' },
    })
    expect(
      await eventually(async () => (await find('ostrander'))[0] === '/brands/ostrander', 4000),
    ).toBe(true)

    await ctx.payload.delete({ collection: 'brands', id: brand.id, ...local })
    expect(await eventually(async () => (await find('ostrander')).length === 0, 4000)).toBe(true)
  })
})

describe('missed searches', () => {
  const rows = async (query?: string) =>
    (
      await ctx.payload.find({
        collection: 'search-misses',
        ...local,
        ...(query ? { where: { query: { equals: query } } } : {}),
        limit: 1000,
        pagination: false,
      })
    ).docs

  test('a search that found nothing is counted under its words only; one that found something is not', async () => {
    await searchGuides('Grommetfizz  Quaxel?', { countMiss: true })
    expect(await eventually(async () => (await rows('grommetfizz quaxel'))[0]?.count === 1)).toBe(
      true,
    )
    await searchGuides('grommetfizz quaxel', { countMiss: true })
    expect(await eventually(async () => (await rows('grommetfizz quaxel'))[0]?.count === 2)).toBe(
      true,
    )
    const [row] = await rows('grommetfizz quaxel')
    expect(Object.keys(row).sort()).toEqual([
      'count',
      'createdAt',
      'firstSeen',
      'id',
      'lastSeen',
      'query',
      'updatedAt',
    ])

    await searchGuides('hikvision', { countMiss: true })
    await searchGuides('nothingmatchesthis', {})
    await new Promise((r) => setTimeout(r, 200))
    expect(await rows('hikvision')).toEqual([])
    expect(await rows('nothingmatchesthis')).toEqual([])
  })

  test('an e-mail address or a phone number is never kept; words and length are capped', () => {
    expect(missKey('jane.doe@example.com zorptastic')).toBe('zorptastic')
    expect(missKey('call +44 20 7946 0958 zorptastic')).toBe('call zorptastic')
    expect(missKey('one two three four five six seven eight nine ten')).toBe(
      'one two three four five six seven eight',
    )
    expect(missKey('x'.repeat(300))!.length).toBe(MISSES.maxLength)
    expect(missKey('the and of')).toBeNull()
  })

  test('the table is capped: a flood of new queries replaces the rarest, the frequent ones stay', async () => {
    const cap = MISSES.maxRows
    const before = (await rows()).length
    MISSES.maxRows = before + 3
    try {
      for (let i = 0; i < 10; i++)
        await searchGuides(`floodword${'abcdefghij'[i]}zz`, { countMiss: true })
      expect(
        await eventually(async () => (await rows()).some((r) => r.query === 'floodwordjzz')),
      ).toBe(true)
      const after = await rows()
      expect(after.length).toBe(before + 3)
      expect(after.some((r) => r.query === 'grommetfizz quaxel')).toBe(true)
    } finally {
      MISSES.maxRows = cap
    }
  })

  test('staff read the missed searches; readers cannot read them, and nobody writes them through the API', async () => {
    expect((await api.get('/search-misses', {})).status).toBe(403)
    for (const role of ['support', 'editor', 'admin'] as const) {
      const res = await api.get('/search-misses?limit=5', { token: tokens[role] })
      expect(res.status).toBe(200)
      expect(res.body.docs.length).toBeGreaterThan(0)
    }
    const [row] = await rows('grommetfizz quaxel')
    for (const token of [undefined, tokens.admin]) {
      expect(
        (
          await api.post('/search-misses', {
            token,
            body: {
              query: 'injected',
              count: 1,
              firstSeen: new Date().toISOString(),
              lastSeen: new Date().toISOString(),
            },
          })
        ).status,
      ).toBe(403)
      expect([403, 404]).toContain(
        (await api.patch(`/search-misses/${row.id}`, { token, body: { count: 999 } })).status,
      )
      expect([403, 404]).toContain((await api.delete(`/search-misses/${row.id}`, { token })).status)
    }
    expect(await rows('injected')).toEqual([])
    expect((await rows('grommetfizz quaxel'))[0].count).toBe(2)
    // The content version is the server's alone.
    expect((await api.get('/globals/search-state', { token: tokens.admin })).status).toBe(403)
  })
})

describe('did you mean', () => {
  test('a near miss offers the corrected search', async () => {
    const outcome = await search('hikvsoin')
    expect(outcome.didYouMean).toEqual({ query: 'hikvision', href: '/search?q=hikvision' })
    expect((await search('dahau qr')).didYouMean?.query).toBe('dahua qr')
  })

  test('known words and words being typed are not "corrected"', async () => {
    for (const q of ['hikvision', 'hikv', 'reset button', 'DS-7608NI-K2', 'lts'])
      expect((await search(q)).didYouMean).toBeNull()
  })
})
