import { brandPath, methodHref, stepHref } from '../routes'
import { payloadClient } from './payload'
import { PUBLIC_VIEWER, readAs } from './viewer'

export const MAX_QUERY_LENGTH = 100

export type SearchResult = {
  kind: 'brand' | 'method' | 'step'
  title: string
  href: string
  /** Where it belongs, e.g. "Hikvision · Import the GUID key file". */
  context: string
  excerpt?: string
}

/**
 * A query as typed, made safe to search with: control characters dropped,
 * white space folded, cut to MAX_QUERY_LENGTH.
 */
export const normalizeQuery = (raw: unknown): string => {
  const text = Array.isArray(raw) ? raw[0] : raw
  if (typeof text !== 'string') return ''
  return text
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim()
}

const excerptAround = (text: string | null | undefined, query: string, width = 160): string | undefined => {
  if (!text) return undefined
  const lower = text.toLowerCase()
  const positions = query.toLowerCase().split(' ').map((w) => lower.indexOf(w)).filter((i) => i >= 0)
  const at = positions.length ? Math.min(...positions) : 0
  const start = Math.max(0, at - width / 3)
  const slice = text.slice(start, start + width).replace(/\s+/g, ' ').trim()
  return `${start > 0 ? '…' : ''}${slice}${start + width < text.length ? '…' : ''}`
}

/**
 * Published brands (name and aliases), methods (title and summary) and steps
 * (title and text) matching every word of the query, as a visitor sees them.
 */
export const searchGuides = async (raw: unknown): Promise<{ query: string; results: SearchResult[] }> => {
  const query = normalizeQuery(raw)
  if (!query) return { query, results: [] }
  const payload = await payloadClient()
  const as = readAs(PUBLIC_VIEWER)

  // No page counts: each would scan the table a second time for a LIKE match.
  const [brands, methods, steps] = await Promise.all([
    payload.find({
      collection: 'brands',
      ...as,
      where: { or: [{ name: { like: query } }, { 'aliases.name': { like: query } }] },
      limit: 10,
      pagination: false,
      depth: 0,
      select: { name: true, slug: true, summary: true, aliases: true },
    }),
    payload.find({
      collection: 'methods',
      ...as,
      where: { or: [{ title: { like: query } }, { summary: { like: query } }] },
      limit: 20,
      pagination: false,
      depth: 1,
      joins: false,
      populate: { brands: { name: true, slug: true } },
      select: { title: true, slug: true, summary: true, brand: true },
    }),
    payload.find({
      collection: 'steps',
      ...as,
      where: { or: [{ title: { like: query } }, { plainText: { like: query } }] },
      limit: 30,
      pagination: false,
      depth: 2,
      populate: { methods: { title: true, slug: true, brand: true }, brands: { name: true, slug: true } },
      select: { title: true, order: true, plainText: true, method: true },
    }),
  ])

  const results: SearchResult[] = []
  for (const brand of brands.docs) {
    const alias = brand.aliases?.find((a) => a.name.toLowerCase().includes(query.toLowerCase()))
    results.push({
      kind: 'brand',
      title: brand.name,
      href: brandPath(brand.slug),
      context: alias ? `Also sold as ${alias.name}` : 'Brand guide',
      excerpt: brand.summary ?? undefined,
    })
  }
  for (const method of methods.docs) {
    const brand = typeof method.brand === 'object' && method.brand ? method.brand : null
    results.push({
      kind: 'method',
      title: method.title,
      href: methodHref(method.slug, brand?.slug ?? null),
      context: brand ? brand.name : 'General guide',
      excerpt: excerptAround(method.summary, query),
    })
  }
  for (const step of steps.docs) {
    const method = typeof step.method === 'object' ? step.method : null
    if (!method) continue
    const brand = typeof method.brand === 'object' && method.brand ? method.brand : null
    results.push({
      kind: 'step',
      title: `Step ${step.order}: ${step.title}`,
      href: stepHref(method.slug, step.order, brand?.slug ?? null),
      context: `${brand ? brand.name : 'General guide'} · ${method.title}`,
      excerpt: excerptAround(step.plainText, query),
    })
  }
  // A place found twice (by its title and by its text) is listed once.
  return { query, results: results.filter((r, i) => results.findIndex((x) => x.href === r.href) === i) }
}
