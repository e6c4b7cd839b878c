/**
 * A changed slug keeps working: a published brand or method that gets a new slug
 * records the one readers saw (src/collections/shared/formerSlugs.ts), and the site's reads
 * find where an old address went (src/queries/guides.ts). Real Local API, real SQLite.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { PUBLIC_VIEWER } from '@/access/viewer'

import { movedBrandSlug, movedMethodPath } from '../../src/queries/guides'
import { publishedMethod, unique } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
const local = { overrideAccess: true } as const

beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(async () => ctx?.close())

type Doc = {
  id: number | string
  slug: string
  formerSlugs?: { slug: string; movedAt?: string | null }[] | null
}

const former = (doc: Doc) => (doc.formerSlugs ?? []).map((row) => row.slug)

const publishedBrand = async (slug = unique('brand')) =>
  (await ctx.payload.create({
    collection: 'brands',
    ...local,
    data: { name: unique('Brand'), slug, _status: 'published' },
  })) as Doc

const renameBrand = async (
  id: Doc['id'],
  slug: string,
  status: 'published' | 'draft' = 'published',
) =>
  (await ctx.payload.update({
    collection: 'brands',
    id,
    ...local,
    draft: status === 'draft',
    data: { slug, _status: status },
  })) as Doc

const liveBrand = async (id: Doc['id']) =>
  (await ctx.payload.findByID({
    collection: 'brands',
    id,
    ...local,
    draft: false,
    depth: 0,
  })) as Doc

const method = async (brand: Doc['id'] | null, slug: string) =>
  (await publishedMethod(ctx.payload, { title: slug, slug, brand, kind: 'menu', dataLoss: 'none' }))
    .method as unknown as Doc

const renameMethod = async (
  id: Doc['id'],
  slug: string,
  status: 'published' | 'draft' = 'published',
) =>
  (await ctx.payload.update({
    collection: 'methods',
    id,
    ...local,
    draft: status === 'draft',
    data: { slug, _status: status },
  })) as Doc

describe('recording former slugs', () => {
  test('renaming a published brand records the slug readers saw, dated', async () => {
    const brand = await publishedBrand()
    const renamed = await renameBrand(brand.id, `${brand.slug}-new`)
    expect(renamed.slug).toBe(`${brand.slug}-new`)
    expect(former(renamed)).toEqual([brand.slug])
    expect(Date.parse(renamed.formerSlugs![0].movedAt!)).toBeGreaterThan(Date.now() - 60_000)
    // Stored on the live document, which the site reads.
    expect(former(await liveBrand(brand.id))).toEqual([brand.slug])
  })

  test('draft and autosave renames record nothing; publishing records the last published slug only', async () => {
    const brand = await publishedBrand()
    await renameBrand(brand.id, `${brand.slug}-draft-1`, 'draft')
    const draft = await renameBrand(brand.id, `${brand.slug}-draft-2`, 'draft')
    expect(former(draft)).toEqual([])
    expect(former(await liveBrand(brand.id))).toEqual([])

    const published = await renameBrand(brand.id, `${brand.slug}-final`)
    expect(former(published)).toEqual([brand.slug])
  })

  test('a brand never published records nothing when first published under another slug', async () => {
    const slug = unique('unpublished')
    const brand = await ctx.payload.create({
      collection: 'brands',
      ...local,
      draft: true,
      data: { name: slug, slug, _status: 'draft' },
    })
    const published = await renameBrand(brand.id, `${slug}-live`)
    expect(former(published)).toEqual([])
  })

  test('an unpublished brand published again under a new slug still keeps the slug readers once saw', async () => {
    const brand = await publishedBrand()
    await ctx.payload.update({
      collection: 'brands',
      id: brand.id,
      ...local,
      data: { _status: 'draft' },
    })
    await renameBrand(brand.id, `${brand.slug}-later`, 'draft')
    const published = await renameBrand(brand.id, `${brand.slug}-later`)
    expect(former(published)).toEqual([brand.slug])
  })

  test('no duplicates: renaming back and forth keeps one row per slug, never the current one', async () => {
    const brand = await publishedBrand()
    const a = brand.slug
    const b = `${a}-b`
    const c = `${a}-c`
    expect(former(await renameBrand(brand.id, b))).toEqual([a])
    expect(former(await renameBrand(brand.id, a))).toEqual([b])
    expect(former(await renameBrand(brand.id, b))).toEqual([a])
    expect(former(await renameBrand(brand.id, c))).toEqual([a, b])
    // Publishing again without a new slug changes nothing.
    const again = await ctx.payload.update({
      collection: 'brands',
      id: brand.id,
      ...local,
      data: { summary: 'Edited.', _status: 'published' },
    })
    expect(former(again as Doc)).toEqual([a, b])
  })

  test('an editor may remove a former address; it is not recorded again', async () => {
    const brand = await publishedBrand()
    await renameBrand(brand.id, `${brand.slug}-2`)
    const cleared = await ctx.payload.update({
      collection: 'brands',
      id: brand.id,
      ...local,
      data: { formerSlugs: [], _status: 'published' },
    })
    expect(former(cleared as Doc)).toEqual([])
    expect(former(await liveBrand(brand.id))).toEqual([])
  })

  test('a former slug another brand now uses as its own is dropped, and may not be added by hand', async () => {
    const first = await publishedBrand()
    const old = first.slug
    await renameBrand(first.id, `${old}-moved`)
    const second = await publishedBrand(old)
    expect(await movedBrandSlug(old, PUBLIC_VIEWER)).toBe(`${old}-moved`)

    // At its next publish the first brand lets the address go: it belongs to the second now.
    const republished = await ctx.payload.update({
      collection: 'brands',
      id: first.id,
      ...local,
      data: { summary: 'Again.', _status: 'published' },
    })
    expect(former(republished as Doc)).toEqual([])

    await expect(
      ctx.payload.update({
        collection: 'brands',
        id: first.id,
        ...local,
        data: { formerSlugs: [{ slug: second.slug }], _status: 'published' },
      }),
    ).rejects.toThrow(/formerSlugs|Former addresses/)
  })

  test('of two brands that gave up one slug, the one that gave it up last owns the old address', async () => {
    const shared = unique('shared')
    const first = await publishedBrand(shared)
    await renameBrand(first.id, `${shared}-first`)
    const second = await publishedBrand(shared)
    await renameBrand(second.id, `${shared}-second`)
    expect(former(await liveBrand(second.id))).toEqual([shared])
    expect(await movedBrandSlug(shared, PUBLIC_VIEWER)).toBe(`${shared}-second`)
  })

  test("a method's former slug is recorded per brand and belongs to one method of its brand", async () => {
    const brand = await publishedBrand()
    const other = await publishedBrand()
    const m1 = await method(brand.id, 'old-way')
    expect(former(await renameMethod(m1.id, 'new-way'))).toEqual(['old-way'])
    // Draft renames of a method record nothing.
    expect(former(await renameMethod(m1.id, 'draft-way', 'draft'))).toEqual(['old-way'])

    // Another brand's method may have the same former slug: addresses are per brand.
    const elsewhere = await method(other.id, 'old-way')
    expect(former(await renameMethod(elsewhere.id, 'elsewhere-way'))).toEqual(['old-way'])

    // A second method of the same brand takes "old-way" and gives it up: the address is now its.
    const m2 = await method(brand.id, 'old-way')
    expect(former(await renameMethod(m2.id, 'second-way'))).toEqual(['old-way'])
    expect(await movedMethodPath(brand.slug, 'old-way', PUBLIC_VIEWER)).toBe(
      `/brands/${brand.slug}/second-way`,
    )
    expect(await movedMethodPath(other.slug, 'old-way', PUBLIC_VIEWER)).toBe(
      `/brands/${other.slug}/elsewhere-way`,
    )

    // The first method lets it go at its next publish, and may not take it back by hand.
    const republished = await ctx.payload.update({
      collection: 'methods',
      id: m1.id,
      ...local,
      data: { slug: 'new-way', _status: 'published' },
    })
    expect(former(republished as Doc)).toEqual([])
    await expect(
      ctx.payload.update({
        collection: 'methods',
        id: m1.id,
        ...local,
        data: { formerSlugs: [{ slug: 'old-way' }], _status: 'published' },
      }),
    ).rejects.toThrow()
  })
})

describe('finding where an old address went', () => {
  test('a renamed brand: its guide and its methods under the old brand slug', async () => {
    const brand = await publishedBrand()
    const m = await method(brand.id, 'menu-way')
    await renameMethod(m.id, 'menu-way-renamed')
    await renameBrand(brand.id, `${brand.slug}-renamed`)
    const now = `${brand.slug}-renamed`
    expect(await movedBrandSlug(brand.slug, PUBLIC_VIEWER)).toBe(now)
    expect(await movedMethodPath(brand.slug, 'menu-way-renamed', PUBLIC_VIEWER)).toBe(
      `/brands/${now}/menu-way-renamed`,
    )
    // Both slugs former at once: one redirect, straight to the current address.
    expect(await movedMethodPath(brand.slug, 'menu-way', PUBLIC_VIEWER)).toBe(
      `/brands/${now}/menu-way-renamed`,
    )
    expect(await movedMethodPath(now, 'menu-way', PUBLIC_VIEWER)).toBe(
      `/brands/${now}/menu-way-renamed`,
    )
    expect(await movedMethodPath(brand.slug, 'no-such-method', PUBLIC_VIEWER)).toBeNull()
    expect(await movedBrandSlug(unique('never'), PUBLIC_VIEWER)).toBeNull()
  })

  test('a general method renamed: its old address under a brand without methods of its own', async () => {
    const brand = await publishedBrand()
    const general = await method(null, unique('general'))
    await renameMethod(general.id, `${general.slug}-renamed`)
    expect(await movedMethodPath(brand.slug, general.slug, PUBLIC_VIEWER)).toBe(
      `/brands/${brand.slug}/${general.slug}-renamed`,
    )
  })

  test('an unpublished brand leads nowhere, whatever slugs it had', async () => {
    const brand = await publishedBrand()
    await renameBrand(brand.id, `${brand.slug}-gone`)
    await ctx.payload.update({
      collection: 'brands',
      id: brand.id,
      ...local,
      data: { _status: 'draft' },
    })
    expect(await movedBrandSlug(brand.slug, PUBLIC_VIEWER)).toBeNull()
  })
})
