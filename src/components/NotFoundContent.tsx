import Link from 'next/link'

import { GENERAL_GUIDE } from '../routes'

import { BrandGrid } from './BrandGrid'
import { SearchForm } from './SearchForm'

type Props = { brands?: Parameters<typeof BrandGrid>[0]['brands'] }

/**
 * A helpful 404: search, the general guide, and the brand list when one is given.
 * The site layout's not-found boundary is rendered with every page (Next passes
 * it as an element), so that variant links to the list instead of reading it.
 */
export function NotFoundContent({ brands }: Props) {
  return (
    <>
      <h1>We could not find that page</h1>
      <p>
        The guide may have moved, or the brand is not covered yet. Search for it, pick your brand{' '}
        {brands ? 'below' : <Link href="/#brands-title">from the list</Link>}, or start with the{' '}
        <Link href={GENERAL_GUIDE}>general guide</Link>, which works for most recorders.
      </p>
      <SearchForm id="q-404" />
      {brands ? (
        <>
          <h2>Brands</h2>
          <BrandGrid brands={brands} />
        </>
      ) : null}
    </>
  )
}
