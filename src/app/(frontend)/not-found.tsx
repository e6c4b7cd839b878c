import Link from 'next/link'

import { BrandGrid } from '../../components/BrandGrid'
import { SearchForm } from '../../components/SearchForm'
import { listBrands } from '../../queries/guides'
import { PUBLIC_VIEWER } from '../../queries/viewer'

/** A helpful 404: search, the brand list and the general guide. */
export default async function NotFound() {
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
