/**
 * Writes a seeded item's shipped version into its documents, through the Local
 * API so every hook runs (slugs, revalidation, search, publishing checks). A
 * method's steps are updated in place where they match (same title first, then
 * by position), so their ids, and the readers' cases and answers that name
 * them, stay; steps the new version no longer has are deleted (a case about one
 * keeps its brand, method and text, and loses only the step), new ones are
 * created. Fields the seed owns but the new version leaves empty are emptied.
 */
import type { FlattenedField, Payload, PayloadRequest } from 'payload'

import type { ID } from '@/lib/ids'

import { REORDERING_STEPS } from '../../lib/stepContext'
import { monogramPng } from '../logo'
import type { Refs } from '../toDocs'

import { isContent, stableJson } from './canonical'
import { illustrationMedia } from './illustrations'
import {
  type BrandItem,
  itemData,
  type MethodItem,
  referencesOf,
  type SeedItem,
  shippedCanonical,
  storedCanonical,
} from './items'
import { matchSteps } from './matchSteps'
import type { Doc, Store, Stored } from './store'

/** The seed's own runs override access; an editor's request runs as that editor. */
export type WriteAccess =
  { overrideAccess: true } | { overrideAccess: false; user: PayloadRequest['user'] }

export type WriteContext = {
  payload: Payload
  req: PayloadRequest
  store: Store
  access: WriteAccess
}

export type Written = { id: ID | null; steps: number; media: number }

export type Status = 'draft' | 'published'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `data` with every owned field it leaves out set empty, so a value the new version dropped goes too. */
export const complete = (
  list: FlattenedField[],
  data: Record<string, unknown>,
): Record<string, unknown> => {
  const out: Record<string, unknown> = { ...data }
  for (const field of list) {
    if (!isContent(field)) continue
    const value = data[field.name]
    if (field.type === 'group' || field.type === 'tab') {
      out[field.name] = complete(field.flattenedFields, isObject(value) ? value : {})
    } else if (value === undefined) {
      out[field.name] =
        field.type === 'array' || field.type === 'blocks' || ('hasMany' in field && field.hasMany)
          ? []
          : null
    }
  }
  return out
}

/** References resolved to ids; a drawn illustration is made when it is missing. */
const idRefs = async ({ payload, req, store }: WriteContext, item: SeedItem): Promise<Refs<ID>> => {
  for (const key of referencesOf(item).illustrations) {
    if (store.illustrationIds.has(key)) continue
    const id = await illustrationMedia(payload, req, key, { create: true })
    if (id !== null) store.illustrationIds.set(key, id)
  }
  return {
    brand: (slug) => {
      const id = store.brandIds.get(slug)
      if (id === undefined)
        throw new Error(`${item.key} refers to the brand "${slug}", which does not exist.`)
      return id
    },
    illustration: (key) => {
      const id = store.illustrationIds.get(key)
      if (id === undefined)
        throw new Error(`${item.key} uses the illustration "${key}", which could not be made.`)
      return id
    },
  }
}

/** A new brand before its content: a name, a slug and its logo, unpublished, so that references to it resolve. */
export const createBrandShell = async (
  { payload, req }: WriteContext,
  item: BrandItem,
): Promise<Written> => {
  const { brand } = item
  const png = await monogramPng(brand.name, brand.accentColor)
  const logo = await payload.create({
    collection: 'media',
    data: { alt: `${brand.name} logo` },
    file: { data: png, mimetype: 'image/png', name: `${brand.slug}-logo.png`, size: png.length },
    overrideAccess: true,
    req,
  })
  const created = await payload.create({
    collection: 'brands',
    data: { name: brand.name, slug: brand.slug, logo: logo.id, _status: 'draft' },
    overrideAccess: true,
    req,
  })
  return { id: created.id, steps: 0, media: 1 }
}

const writeBrand = async (
  ctx: WriteContext,
  item: BrandItem,
  target: Stored,
  status: Status,
): Promise<Written> => {
  const { doc } = itemData(item, await idRefs(ctx, item))
  await ctx.payload.update({
    collection: 'brands',
    id: target.id as ID,
    data: { ...complete(ctx.store.schema.brands, doc), _status: status },
    draft: false,
    depth: 0,
    req: ctx.req,
    ...ctx.access,
  })
  return { id: target.id, steps: 0, media: 0 }
}

const writeMethod = async (
  ctx: WriteContext,
  item: MethodItem,
  target: Stored | null,
  status: Status,
): Promise<Written> => {
  const { payload, req, store, access } = ctx
  const data = itemData(item, await idRefs(ctx, item))
  const brand = item.brandKey === null ? null : store.brandIds.get(item.brandKey)
  if (brand === undefined)
    throw new Error(`${item.key}: its brand "${item.brandKey}" does not exist.`)
  const fields = { ...complete(store.schema.methods, data.doc), brand }
  const common = { depth: 0, req, ...access } as const

  // A new method is published only once it has steps (requireStepsToPublish).
  const id = target
    ? (target.id as ID)
    : (
        await payload.create({
          collection: 'methods',
          data: { ...fields, _status: 'draft' } as never,
          ...common,
        })
      ).id
  const existing = target?.steps ?? []
  const { pairs, surplus } = matchSteps(existing, data.steps)
  const shipped = shippedCanonical(store.schema, item).steps ?? []
  let created = 0

  for (const step of surplus) {
    // Readers' cases and answers about the step keep their brand, method and text. Below the
    // hooks on purpose: only the link goes (SQLite's foreign key would empty it too, MongoDB's nothing).
    for (const collection of ['comments', 'feedback'] as const) {
      await payload.db.updateMany({
        collection,
        where: { step: { equals: step.id } },
        data: { step: null },
        req,
        returning: false,
      })
    }
    await payload.delete({ collection: 'steps', id: step.id as ID, ...common })
  }
  for (const [index, stepData] of data.steps.entries()) {
    const match = pairs[index]
    if (match === null) continue
    const current: Doc = existing[match]
    const held = storedCanonical(store.schema, 'method', {}, [current], store.keyOf).steps?.[0]
    if (stableJson(held) === stableJson(shipped[index])) continue
    // Numbers may collide until every step has its new one.
    await payload.update({
      collection: 'steps',
      id: current.id as ID,
      data: complete(store.schema.steps, stepData),
      context: { [REORDERING_STEPS]: true },
      ...common,
    })
  }
  for (const [index, stepData] of data.steps.entries()) {
    if (pairs[index] !== null) continue
    await payload.create({
      collection: 'steps',
      data: { ...complete(store.schema.steps, stepData), method: id } as never,
      ...common,
    })
    created++
  }
  await payload.update({
    collection: 'methods',
    id,
    data: (target ? { ...fields, _status: status } : { _status: status }) as never,
    draft: false,
    ...common,
  })
  return { id, steps: created, media: 0 }
}

const writeSite = async (ctx: WriteContext, item: SeedItem): Promise<Written> => {
  const { doc } = itemData(item, await idRefs(ctx, item))
  await ctx.payload.updateGlobal({
    slug: 'site',
    data: complete(ctx.store.schema.site, doc),
    depth: 0,
    req: ctx.req,
    ...ctx.access,
  })
  return { id: null, steps: 0, media: 0 }
}

/** Writes what `item` ships into `target` (or, for a method or the site, into a new one), keeping `status`. */
export const writeItem = (
  ctx: WriteContext,
  item: SeedItem,
  target: Stored | null,
  status: Status,
): Promise<Written> => {
  switch (item.kind) {
    case 'brand':
      if (!target) throw new Error(`${item.key}: a brand is created as a shell first.`)
      return writeBrand(ctx, item, target, status)
    case 'method':
      return writeMethod(ctx, item, target, status)
    case 'site':
      return writeSite(ctx, item)
  }
}
