import { recordFormerSlug } from '@/collections/shared/formerSlugs'

/** A published brand that changes its slug keeps its old address (and its methods' under it): every brand shares one address space. */
export const recordFormerBrandSlug = recordFormerSlug('brand', () => ({ id: { exists: true } }))
