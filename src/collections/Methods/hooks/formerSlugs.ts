import { recordFormerSlug } from '@/collections/shared/formerSlugs'
import { idOf } from '@/lib/ids'

/** A published method that changes its slug keeps its old address; a former slug belongs to one method of its brand. */
export const recordFormerMethodSlug = recordFormerSlug('method', (data, originalDoc) => {
  const brand = idOf(data.brand !== undefined ? data.brand : originalDoc?.brand)
  return brand === null ? { brand: { exists: false } } : { brand: { equals: brand } }
})
