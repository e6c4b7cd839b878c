import { type CollectionBeforeChangeHook, ValidationError, type Where } from 'payload'

import { idOf } from '@/lib/ids'

/** Two methods of one brand (or two general methods) may not share a slug. */
export const uniqueSlugPerBrand: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  const slug = data.slug ?? originalDoc?.slug
  const brand = idOf(data.brand !== undefined ? data.brand : originalDoc?.brand)
  if (!slug) return data

  const where: Where = {
    and: [
      { slug: { equals: slug } },
      brand === null ? { brand: { exists: false } } : { brand: { equals: brand } },
      ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
    ],
  }
  const { totalDocs } = await req.payload.count({
    collection: 'methods',
    where,
    req,
    overrideAccess: true,
  })
  if (totalDocs > 0) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'slug',
          message:
            brand === null
              ? `Another general method already uses the slug "${slug}". Choose another slug.`
              : `This brand already has a method with the slug "${slug}". Choose another slug.`,
        },
      ],
    })
  }
  return data
}
