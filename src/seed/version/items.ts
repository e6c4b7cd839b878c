/**
 * The seeded items of a release: each brand (its own fields), each method
 * together with its ordered steps, and the site global, each under a stable
 * key. What an item writes comes from toDocs alone; its content version is the
 * hash of that data in canonical form, references named by key.
 */
import type { FlattenedField, Payload } from 'payload'

import type { IllustrationKey, SeedBrand, SeedMethod, SeedSite } from '../factories'
import { brandData, methodData, type Refs, stepData } from '../toDocs'

import { contentHash, fields, type KeyOf, ownedFields, type Side } from './canonical'

export type SeedContent = { brands: SeedBrand[]; generalMethods: SeedMethod[]; site: SeedSite }

export type BrandItem = { kind: 'brand'; key: string; brand: SeedBrand }
export type MethodItem = {
  kind: 'method'
  key: string
  brandKey: string | null
  slug: string
  method: SeedMethod
  order: number
}
export type SiteItem = { kind: 'site'; key: typeof SITE_KEY; site: SeedSite }
export type SeedItem = BrandItem | MethodItem | SiteItem

export const SITE_KEY = 'site'
export const methodKey = (brandKey: string | null, slug: string) =>
  `${brandKey ?? 'general'}/${slug}`

/** Every item of `content`, brands before their methods. */
export const itemsOf = (content: SeedContent): SeedItem[] => {
  const methods = (list: SeedMethod[], brandKey: string | null): MethodItem[] =>
    list.map((method, index) => ({
      kind: 'method',
      key: methodKey(brandKey, method.slug),
      brandKey,
      slug: method.slug,
      method,
      order: (index + 1) * 10,
    }))
  const items: SeedItem[] = [
    { kind: 'site', key: SITE_KEY, site: content.site },
    ...methods(content.generalMethods, null),
    ...content.brands.flatMap((brand): SeedItem[] => [
      { kind: 'brand', key: brand.slug, brand },
      ...methods(brand.methods, brand.slug),
    ]),
  ]
  const seen = new Set<string>()
  for (const item of items) {
    if (seen.has(item.key))
      throw new Error(
        `Two seeded items share the key "${item.key}": brand and method slugs must be unique.`,
      )
    seen.add(item.key)
  }
  return items
}

export type ItemData = { doc: Record<string, unknown>; steps: Record<string, unknown>[] }

/** The document data of an item (a method's `order` is its place in its guide). */
export const itemData = <Ref>(item: SeedItem, refs: Refs<Ref>): ItemData => {
  switch (item.kind) {
    case 'brand':
      return { doc: brandData(item.brand, refs), steps: [] }
    case 'method':
      return {
        doc: { ...methodData(item.method, refs), order: item.order },
        steps: item.method.steps.map(
          (step, index) => stepData(step, index + 1, refs) as Record<string, unknown>,
        ),
      }
    case 'site':
      return { doc: { ...item.site }, steps: [] }
  }
}

/** References named by stable key: what the hash of seed data holds. */
export const keyRefs: Refs<string> = {
  brand: (slug) => `brand:${slug}`,
  illustration: (key) => `illustration:${key}`,
}

/** Every reference an item's data makes, by kind. */
export const referencesOf = (item: SeedItem) => {
  const found = { brands: new Set<string>(), illustrations: new Set<IllustrationKey>() }
  itemData(item, {
    brand: (slug) => (found.brands.add(slug), keyRefs.brand(slug)),
    illustration: (key) => (found.illustrations.add(key), keyRefs.illustration(key)),
  })
  return found
}

/** The fields of each collection (and the site global) that canonical forms walk. */
export type Schema = Record<'brands' | 'methods' | 'steps' | 'site', FlattenedField[]>

export const schemaOf = (payload: Payload): Schema => {
  const collection = (slug: 'brands' | 'methods' | 'steps') =>
    ownedFields(slug, payload.collections[slug].config.flattenedFields)
  const site = payload.config.globals.find((g) => g.slug === 'site')
  if (!site) throw new Error('The site global is missing from the config.')
  return {
    brands: collection('brands'),
    methods: collection('methods'),
    steps: collection('steps'),
    site: ownedFields('site', site.flattenedFields),
  }
}

export const slugOfKind = { brand: 'brands', method: 'methods', site: 'site' } as const

/** An item's content in canonical form: `{ doc, steps }`, steps in their order. */
export type CanonicalItem = {
  doc?: Record<string, unknown>
  steps?: (Record<string, unknown> | undefined)[]
}

export const canonicalOf = (
  schema: Schema,
  kind: SeedItem['kind'],
  data: ItemData,
  side: Side,
): CanonicalItem => ({
  doc: fields(schema[slugOfKind[kind]], data.doc, side),
  ...(kind === 'method'
    ? { steps: data.steps.map((step) => fields(schema.steps, step, side)) }
    : {}),
})

const seedSide: Side = { defaults: true, keyOf: (_relationTo, value) => String(value) }

/** The canonical form of what an item ships. */
export const shippedCanonical = (schema: Schema, item: SeedItem) =>
  canonicalOf(schema, item.kind, itemData(item, keyRefs), seedSide)

/** The content version an item ships. */
export const shippedHash = (schema: Schema, item: SeedItem) =>
  contentHash(shippedCanonical(schema, item))

/** The canonical form of stored documents (a method's steps sorted by their order). */
export const storedCanonical = (
  schema: Schema,
  kind: SeedItem['kind'],
  doc: Record<string, unknown>,
  steps: Record<string, unknown>[],
  keyOf: KeyOf,
) => canonicalOf(schema, kind, { doc, steps }, { defaults: false, keyOf })

export type { KeyOf }
