import Link from 'next/link'

import { BrandGrid } from '../../components/BrandGrid'
import { SearchForm } from '../../components/SearchForm'
import { listBrands, getSite } from '../../queries/guides'
import { currentViewer } from '../../queries/viewer'
import { GENERAL_GUIDE } from '../../routes'

export default async function HomePage() {
  const viewer = await currentViewer()
  const [brands, site] = await Promise.all([listBrands(viewer), getSite(viewer)])
  return (
    <>
      <section className="hero">
        <h1>Locked out of your recorder?</h1>
        <p className="lead">
          {site.tagline ||
            'Step-by-step password resets for network video recorders, brand by brand.'}
        </p>
        <SearchForm />
      </section>
      <section aria-labelledby="brands-title">
        <h2 id="brands-title">Choose your brand</h2>
        <BrandGrid brands={brands} />
      </section>
      <section className="card" aria-labelledby="general-title">
        <h2 id="general-title">Brand not listed, or not sure?</h2>
        <p>
          Most recorders offer the same few ways back in.{' '}
          <Link href={GENERAL_GUIDE}>Read the general guide</Link>: change the password from the
          menu, security questions, the reset button, or a code from the manufacturer’s support.
        </p>
      </section>
    </>
  )
}
