import type { Where } from 'payload'

import { PUBLIC_VIEWER, readAs } from '@/access/viewer'
import { idOf, sameId, type ID } from '@/lib/ids'

import type { BrandRelationKind } from '../collections/Brands/options'
import type { Brand } from '../payload-types'

import { payloadClient } from './payload'

export type RelatedBrand = { name: string; slug: string }

/** One relation as a page shows it: the other brand (linked), which models, and the document that shows it. */
export type ShownRelation = {
  kind: BrandRelationKind
  other: RelatedBrand
  models: string | null
  source: { title: string; url: string | null; page: string | null }
}

export type BrandRelations = {
  /** Relations this brand has: "Some Annke recorders run Hikvision firmware". */
  own: ShownRelation[]
  /** Relations other brands have to this one: on Hikvision's page, "Annke: some recorders run this brand's firmware". */
  reverse: ShownRelation[]
}

type Row = NonNullable<Brand['relations']>[number]

const shown = (row: Row, other: Pick<Brand, 'name' | 'slug'>): ShownRelation => ({
  kind: row.kind,
  other: { name: other.name, slug: other.slug },
  models: row.models || null,
  source: { title: row.source.title, url: row.source.url || null, page: row.source.page || null },
})

/**
 * Both sides of a brand's relations, in one query: the brands it names and the
 * brands that name it. Read as a visitor whoever views the page (an editor
 * previewing a draft too): only published brands have a page to link to.
 */
export const getBrandRelations = async (
  brand: Pick<Brand, 'id' | 'relations'>,
): Promise<BrandRelations> => {
  const rows = (brand.relations ?? []).filter(
    (row) => idOf(row.brand) !== null && !sameId(row.brand, brand.id),
  )
  const named = [...new Set(rows.map((row) => idOf(row.brand) as ID))]
  const where: Where = {
    or: [
      { 'relations.brand': { equals: brand.id } },
      ...(named.length ? [{ id: { in: named } }] : []),
    ],
  }
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'brands',
    ...readAs(PUBLIC_VIEWER),
    where,
    depth: 0,
    limit: 500,
    pagination: false,
    sort: 'name',
    select: { name: true, slug: true, relations: true },
  })
  const others = docs.filter((doc) => !sameId(doc.id, brand.id))
  const byId = new Map(others.map((doc) => [String(doc.id), doc]))
  return {
    own: rows.flatMap((row) => {
      const other = byId.get(String(idOf(row.brand)))
      return other ? [shown(row, other)] : []
    }),
    reverse: others.flatMap((other) =>
      (other.relations ?? [])
        .filter((row) => sameId(row.brand, brand.id))
        .map((row) => shown(row, other)),
    ),
  }
}
