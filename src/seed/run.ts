/**
 * The idempotent seed. It creates what is missing and never updates or deletes
 * anything that exists, so editors' work survives any number of runs:
 * - a brand is created when no brand has its slug;
 * - a method is created when its brand (or the general guide) has no method with its slug;
 * - steps are created only together with a new method;
 * - the site global is filled only while it has never been saved.
 */
import type { Payload } from 'payload'

import type { ID } from '../fields/ids'
import type { Method, Step } from '../payload-types'
import { brands, generalMethods, site } from './content'
import type { IllustrationKey, SeedBrand, SeedMethod } from './factories'
import { monogramPng } from './logo'
import { ensureIllustrations } from './illustrations'
import { brandData, methodData, type Refs, stepData } from './toDocs'

export type SeedReport = { brands: number; methods: number; steps: number; media: number; site: boolean }

const local = { overrideAccess: true } as const

/** References resolved to ids for writing. */
const idRefs = (illustrations: Map<IllustrationKey, ID>): Refs<ID> => ({
  brand: () => {
    throw new Error('brand references are not resolved yet')
  },
  illustration: (key) => {
    const id = illustrations.get(key)
    if (id === undefined) throw new Error(`illustration ${key} was not stored before use`)
    return id
  },
})

const findMethod = async (payload: Payload, slug: string, brand: ID | null) => {
  const { docs } = await payload.find({
    collection: 'methods',
    ...local,
    depth: 0,
    limit: 1,
    where: { and: [{ slug: { equals: slug } }, brand === null ? { brand: { exists: false } } : { brand: { equals: brand } }] },
  })
  return docs[0]
}

const createMethod = async (payload: Payload, method: SeedMethod, brand: ID | null, order: number, report: SeedReport, refs: Refs<ID>) => {
  const created = await payload.create({
    collection: 'methods',
    ...local,
    // Generated types name SQLite's numeric ids; the value itself may be either kind.
    // A method is published only once it has steps (requireStepsToPublish).
    data: { ...methodData(method, refs), brand: brand as Method['brand'], order, _status: 'draft' },
  })
  report.methods++
  for (const [index, seedStep] of method.steps.entries()) {
    const { image, ...fields } = stepData(seedStep, index + 1, refs)
    // As for the brand: the id may be either kind whatever the generated type says.
    await payload.create({ collection: 'steps', ...local, data: { method: created.id, ...fields, image: image as Step['image'] } })
    report.steps++
  }
  await payload.update({ collection: 'methods', id: created.id, ...local, data: { _status: 'published' } })
}

const seedMethods = async (payload: Payload, methods: SeedMethod[], brand: ID | null, report: SeedReport, refs: Refs<ID>) => {
  for (const [index, method] of methods.entries()) {
    if (await findMethod(payload, method.slug, brand)) continue
    await createMethod(payload, method, brand, (index + 1) * 10, report, refs)
  }
}

const seedBrand = async (payload: Payload, brand: SeedBrand, report: SeedReport, refs: Refs<ID>) => {
  const { docs } = await payload.find({
    collection: 'brands',
    ...local,
    depth: 0,
    limit: 1,
    where: { slug: { equals: brand.slug } },
  })
  let brandId = docs[0]?.id
  if (brandId === undefined) {
    const png = await monogramPng(brand.name, brand.accentColor)
    const logo = await payload.create({
      collection: 'media',
      ...local,
      data: { alt: `${brand.name} logo` },
      file: { data: png, mimetype: 'image/png', name: `${brand.slug}-logo.png`, size: png.length },
    })
    report.media++
    const created = await payload.create({
      collection: 'brands',
      ...local,
      data: { ...brandData(brand, refs), logo: logo.id, _status: 'published' },
    })
    report.brands++
    brandId = created.id
  }
  await seedMethods(payload, brand.methods, brandId, report, refs)
}

const seedSite = async (payload: Payload): Promise<boolean> => {
  const current = await payload.findGlobal({ slug: 'site', ...local, depth: 0 })
  if (current.updatedAt) return false
  await payload.updateGlobal({ slug: 'site', ...local, data: site })
  return true
}

export const seed = async (payload: Payload): Promise<SeedReport> => {
  const report: SeedReport = { brands: 0, methods: 0, steps: 0, media: 0, site: false }
  report.site = await seedSite(payload)
  const refs = idRefs(await ensureIllustrations(payload, [...generalMethods, ...brands.flatMap((brand) => brand.methods)]))
  await seedMethods(payload, generalMethods, null, report, refs)
  for (const brand of brands) await seedBrand(payload, brand, report, refs)
  return report
}
