import Image from 'next/image'
import Link from 'next/link'

import { mediaSrc } from '../lib/media'
import type { Media } from '../payload-types'
import { brandPath } from '../routes'

type Card = {
  id: number | string
  name: string
  slug: string
  aliases?: { name: string }[] | null
  logo: Media | null
}

export function BrandGrid({ brands }: { brands: Card[] }) {
  if (!brands.length)
    return <p>No brand guides are published yet. The general guide applies to most recorders.</p>
  return (
    <ul className="brand-grid">
      {brands.map((brand) => (
        <li key={brand.id}>
          <Link href={brandPath(brand.slug)} className="brand-card">
            {mediaSrc(brand.logo, 'thumbnail') ? (
              <Image src={mediaSrc(brand.logo, 'thumbnail')!} alt="" width={48} height={48} />
            ) : (
              <span className="brand-initial" aria-hidden="true">
                {brand.name.charAt(0)}
              </span>
            )}
            <span className="brand-name">{brand.name}</span>
            {brand.aliases?.length ? (
              <span className="aliases">also {brand.aliases.map((a) => a.name).join(', ')}</span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  )
}
