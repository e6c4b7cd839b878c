import type { Payload } from 'payload'

import { PUBLIC_VIEWER, readAs } from '@/access/viewer'
import { idOf } from '@/lib/ids'

import { normalizeModel } from '../lib/modelNumbers'

/**
 * What the search index holds: published brands, methods and steps as a
 * visitor reads them (the public's access rules, never overridden), so a
 * draft, or the newer draft of a published document, is never found.
 * Each document carries what a result needs to be shown, so a search makes
 * no query of its own. A method's steps are fields of the method's document
 * (its steps' titles, its steps' text): a step is found through its method,
 * and the steps that hold the matching words are picked when shown. Eight
 * times fewer documents than one per step, which is what keeps a common
 * word across a thousand brands fast.
 */
export type BrandRef = { id: string; name: string; slug: string }

/** A brand's model-number pattern, with the OEM it names (when the public can read that brand). */
export type IndexedPattern = {
  pattern: string
  example: string | null
  label: string | null
  oem: BrandRef | null
  source: string | null
}

export type SearchDoc =
  | {
      id: string
      kind: 'brand'
      brand: BrandRef
      name: string
      aliases: string[]
      patterns: IndexedPattern[]
      summary: string
    }
  | {
      id: string
      kind: 'method'
      brand: BrandRef | null
      methodId: string
      slug: string
      title: string
      summary: string
      order: number
      brandName: string
      steps: StepText[]
    }

export type StepText = { order: number; title: string; text: string }

/** The searchable text of each field, by document: what MiniSearch reads. */
export const fieldText = (doc: SearchDoc, field: string): string => {
  switch (doc.kind) {
    case 'brand':
      return field === 'name'
        ? doc.name
        : field === 'aliases'
          ? doc.aliases.join(' ')
          : field === 'models'
            ? modelText(doc.patterns)
            : field === 'text'
              ? doc.summary
              : ''
    case 'method':
      if (field === 'stepTitles') return doc.steps.map((s) => s.title).join('\n')
      if (field === 'stepText') return doc.steps.map((s) => s.text).join('\n')
      return field === 'title'
        ? doc.title
        : field === 'brandName'
          ? doc.brandName
          : field === 'text'
            ? doc.summary
            : ''
  }
}

/**
 * A brand's patterns as words: as written ("DS-76*" gives "ds", "76"), run
 * together ("ds76", so "ds76…" typed finds it as a prefix) and the examples.
 */
const modelText = (patterns: IndexedPattern[]) =>
  patterns
    .flatMap((p) => [
      p.pattern,
      normalizeModel(p.pattern),
      p.example ?? '',
      p.example ? normalizeModel(p.example) : '',
    ])
    .join(' ')

const PAGE = 2000

/**
 * All documents of a collection the public may read, a page at a time by id
 * (no count query; the event loop breathes between pages while the old index
 * keeps answering).
 */
const readAll = async <T extends { id: number | string }>(
  page: (after: number | string | null) => Promise<{ docs: T[] }>,
): Promise<T[]> => {
  const all: T[] = []
  for (let after: number | string | null = null; ;) {
    const { docs } = await page(after)
    all.push(...docs)
    if (docs.length < PAGE) return all
    after = docs[docs.length - 1].id
  }
}

/** Every published brand, method and step, read as the public reads them. */
export const readSearchDocuments = async (payload: Payload): Promise<SearchDoc[]> => {
  const as = (after: number | string | null) => ({
    ...readAs(PUBLIC_VIEWER),
    depth: 0,
    pagination: false,
    limit: PAGE,
    sort: 'id',
    ...(after === null ? {} : { where: { id: { greater_than: after } } }),
  })
  const [brands, methods, steps] = await Promise.all([
    readAll((after) =>
      payload.find({
        collection: 'brands',
        ...as(after),
        select: { name: true, slug: true, aliases: true, summary: true, modelPatterns: true },
      }),
    ),
    readAll((after) =>
      payload.find({
        collection: 'methods',
        ...as(after),
        select: { title: true, slug: true, summary: true, brand: true, order: true },
      }),
    ),
    readAll((after) =>
      payload.find({
        collection: 'steps',
        ...as(after),
        select: { title: true, order: true, plainText: true, method: true },
      }),
    ),
  ])

  const docs: SearchDoc[] = []
  const brandById = new Map<string, BrandRef>()
  for (const b of brands)
    brandById.set(String(b.id), { id: String(b.id), name: b.name, slug: b.slug })
  for (const b of brands) {
    const brand = brandById.get(String(b.id))!
    const aliases = (b.aliases ?? []).map((a) => a.name).filter(Boolean)
    const patterns = (b.modelPatterns ?? []).map((p) => ({
      pattern: p.pattern,
      example: p.example ?? null,
      label: p.label ?? null,
      oem: brandById.get(String(idOf(p.oem))) ?? null,
      source: p.source?.title ?? null,
    }))
    docs.push({
      id: `brand:${brand.id}`,
      kind: 'brand',
      brand,
      name: b.name,
      aliases,
      patterns,
      summary: b.summary ?? '',
    })
  }

  const methodById = new Map<string, SearchDoc & { kind: 'method' }>()
  for (const m of methods) {
    const brandId = idOf(m.brand)
    const brand = brandId === null ? null : brandById.get(String(brandId))
    // A brand's method whose brand the public cannot read is not theirs to find.
    if (brand === undefined) continue
    const doc = {
      id: `method:${m.id}`,
      kind: 'method' as const,
      brand,
      methodId: String(m.id),
      slug: m.slug,
      title: m.title,
      summary: m.summary ?? '',
      order: m.order ?? 0,
      brandName: brand?.name ?? '',
      steps: [] as StepText[],
    }
    methodById.set(doc.methodId, doc)
    docs.push(doc)
  }

  for (const s of steps)
    methodById
      .get(String(idOf(s.method)))
      ?.steps.push({ order: s.order, title: s.title, text: s.plainText ?? '' })
  methodById.forEach((method) => method.steps.sort((a, b) => a.order - b.order))
  return docs
}
