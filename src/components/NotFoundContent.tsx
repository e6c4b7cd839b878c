import Link from 'next/link'

import { listBrands } from '../queries/guides'
import { PUBLIC_VIEWER } from '../queries/viewer'
import { BrandGrid } from './BrandGrid'
import { SearchForm } from './SearchForm'

/** A helpful 404: search, the brand list and the general guide. */
export async function NotFoundContent() {
  const brands = await listBrands(PUBLIC_VIEWER)
  return (
    <>
      <h1>We could not find that page</h1>
      <p>
        The guide may have moved, or the brand is not covered yet. Search for it, pick your brand below, or start with the{' '}
        <Link href="/guide">general guide</Link>, which works for most recorders.
      </p>
      <SearchForm id="q-404" />
      <h2>Brands</h2>
      <BrandGrid brands={brands} />
    </>
  )
}
