import React from 'react'

import { listBrands } from '../../queries/brands'

// Read on every request until the cached public site lands.
export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const brands = await listBrands()
  return (
    <>
      <h1>Locked out of your recorder?</h1>
      <p>Pick your brand to see how it lets you reset the password.</p>
      <ul className="brand-grid">
        {brands.map((brand) => (
          <li key={brand.id}>
            {brand.logoUrl ? <img src={brand.logoUrl} alt="" width={48} height={48} /> : null}
            <span className="brand-name">{brand.name}</span>
            {brand.aliases.length ? <span className="aliases">also {brand.aliases.join(', ')}</span> : null}
          </li>
        ))}
      </ul>
      {brands.length === 0 ? <p>No guides are published yet.</p> : null}
    </>
  )
}
