import { brandPath } from '../routes'
import { findModels, searchIndex } from '../search'

import { payloadClient } from './payload'

/** What a model number tells a reader: whose recorder it is, which kind, and who makes it where a source says so. */
export type ModelMatchInfo = {
  model: string
  brand: { name: string; slug: string; href: string }
  label: string | null
  oem: { name: string; href: string } | null
}

const MAX_MODEL_LENGTH = 80

/**
 * The brands a model number names, by their published patterns. Read from the
 * search index (published content only), so it costs no query once the index is built.
 */
export const brandsForModel = async (raw: unknown): Promise<ModelMatchInfo[]> => {
  const model =
    typeof raw === 'string' ? raw.normalize('NFKC').trim().slice(0, MAX_MODEL_LENGTH) : ''
  if (!model) return []
  const snapshot = await searchIndex().get(await payloadClient())
  return findModels(snapshot, model).map(({ typed, brand, pattern }) => ({
    model: typed,
    brand: { name: brand.name, slug: brand.slug, href: brandPath(brand.slug) },
    label: pattern.label,
    oem: pattern.oem ? { name: pattern.oem.name, href: brandPath(pattern.oem.slug) } : null,
  }))
}
