import {
  type ArrayField,
  type CollectionBeforeChangeHook,
  type CollectionSlug,
  type PayloadRequest,
  ValidationError,
  type Where,
} from 'payload'

import { validateSlug } from '@/lib/validators'

/** A slug a brand or method was published under before; its old address answers 308 to the current one. */
export type FormerSlug = { id?: string | null; slug: string; movedAt?: string | null }

/** "Former addresses" in the sidebar: recorded on publish, removable by editors. */
export const formerSlugsField = (what: 'brand' | 'method'): ArrayField => ({
  name: 'formerSlugs',
  type: 'array',
  label: 'Former addresses',
  labels: { singular: 'Former address', plural: 'Former addresses' },
  admin: {
    position: 'sidebar',
    description: `Slugs this ${what} was published under before: their old addresses lead here (a permanent redirect). A slug is added when a published ${what} gets a new one; remove a row to let its address go.`,
  },
  fields: [
    {
      name: 'slug',
      type: 'text',
      required: true,
      validate: (value: unknown) => validateSlug(value),
    },
    {
      name: 'movedAt',
      type: 'date',
      label: 'Moved',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
})

const rowsOf = (value: unknown): FormerSlug[] =>
  Array.isArray(value)
    ? value.filter(
        (row): row is FormerSlug => Boolean(row) && typeof row.slug === 'string' && row.slug !== '',
      )
    : []

/**
 * The list after a publish under `current`: the slug readers last saw (`lastPublished`)
 * added once and dated now, the current slug left out (it answers by itself), one row per
 * slug, and a row an editor added by hand dated now.
 */
export const withFormerSlug = (
  list: FormerSlug[],
  lastPublished: string | null,
  current: string,
  now: string,
): FormerSlug[] => {
  const rows: FormerSlug[] = []
  for (const row of list) {
    if (row.slug === current || row.slug === lastPublished || rows.some((r) => r.slug === row.slug))
      continue
    rows.push({ ...row, movedAt: row.movedAt || now })
  }
  if (lastPublished && lastPublished !== current) rows.push({ slug: lastPublished, movedAt: now })
  return rows
}

/** When `doc` gave up `slug`: the date of its row for it, or '' (ISO dates compare as text). */
export const movedAtOf = (doc: { formerSlugs?: unknown }, slug: string) =>
  rowsOf(doc.formerSlugs).find((row) => row.slug === slug)?.movedAt ?? ''

/** Of several documents that once had `slug`, the one that gave it up last: its old address is theirs. */
export const latestHolder = <T extends { formerSlugs?: unknown }>(
  docs: T[],
  slug: string,
): T | null =>
  docs.reduce<T | null>(
    (best, doc) => (!best || movedAtOf(doc, slug) > movedAtOf(best, slug) ? doc : best),
    null,
  )

/**
 * The slug readers could last see: the live document's while it is published (a
 * draft or an autosave leaves the live document alone), else that of the newest
 * published version, if it ever was.
 */
const lastPublishedSlug = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<string | null> => {
  const live = await req.payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  const liveDoc = live as { slug?: string; _status?: string } | null
  if (liveDoc?._status === 'published') return liveDoc.slug ?? null
  const { docs } = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const version = docs[0]?.version as { slug?: string } | undefined
  return version?.slug ?? null
}

type Sibling = { id: number | string; slug?: string | null; formerSlugs?: unknown }

/**
 * Records the former slug when a published brand or method changes its slug, and keeps
 * each old address with one owner among `siblings` (every other brand; the other
 * methods of the same brand): a sibling's current slug wins over any former one, a slug
 * given up more recently wins over an older claim, and an editor may not add by hand a
 * slug a sibling already holds. Drafts and autosaves record nothing: readers never saw them.
 */
export const recordFormerSlug =
  (
    what: 'brand' | 'method',
    siblings: (
      data: Record<string, unknown>,
      originalDoc: Record<string, unknown> | undefined,
    ) => Where,
  ): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req, collection }) => {
    const status = data._status ?? originalDoc?._status
    const slug = data.slug ?? originalDoc?.slug
    if (
      operation !== 'update' ||
      originalDoc?.id === undefined ||
      status !== 'published' ||
      typeof slug !== 'string'
    )
      return data

    const before = rowsOf(
      data.formerSlugs !== undefined ? data.formerSlugs : originalDoc.formerSlugs,
    )
    const lastPublished = await lastPublishedSlug(req, collection.slug, originalDoc.id)
    let rows = withFormerSlug(before, lastPublished, slug, new Date().toISOString())
    data.formerSlugs = rows
    if (rows.length === 0) return data

    const names = rows.map((row) => row.slug)
    const { docs } = await req.payload.find({
      collection: collection.slug,
      where: {
        and: [
          siblings(data, originalDoc),
          { id: { not_equals: originalDoc.id } },
          { or: [{ slug: { in: names } }, { 'formerSlugs.slug': { in: names } }] },
        ],
      },
      depth: 0,
      limit: 100,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const others = docs as unknown as Sibling[]
    const recordedBefore = new Set(rowsOf(originalDoc.formerSlugs).map((row) => row.slug))
    const taken = rows.filter(
      (row) =>
        row.slug !== lastPublished &&
        !recordedBefore.has(row.slug) &&
        others.some((o) => o.slug === row.slug || movedAtOf(o, row.slug)),
    )
    if (taken.length) {
      throw new ValidationError({
        collection: collection.slug,
        errors: taken.map((row) => ({
          path: 'formerSlugs',
          message: `Another ${what} already answers at “${row.slug}”. Remove that address there first, or choose another.`,
        })),
      })
    }
    rows = rows.filter(
      (row) =>
        !others.some((o) => o.slug === row.slug || movedAtOf(o, row.slug) > (row.movedAt ?? '')),
    )
    data.formerSlugs = rows
    return data
  }
