import { payloadClient } from './payload'

export type BrandCard = {
  id: number | string
  name: string
  slug: string
  summary?: string | null
  aliases: string[]
  logoUrl?: string | null
}

/** Published brands for the home page, as a visitor may see them. */
export const listBrands = async (): Promise<BrandCard[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'brands',
    overrideAccess: false,
    depth: 1,
    limit: 500,
    sort: 'name',
    select: { name: true, slug: true, summary: true, aliases: true, logo: true },
  })
  return docs.map((brand) => {
    const logo = typeof brand.logo === 'object' && brand.logo ? brand.logo : null
    return {
      id: brand.id,
      name: brand.name,
      slug: brand.slug,
      summary: brand.summary,
      aliases: (brand.aliases ?? []).map((alias) => alias.name),
      logoUrl: logo?.sizes?.thumbnail?.url ?? logo?.url ?? null,
    }
  })
}
