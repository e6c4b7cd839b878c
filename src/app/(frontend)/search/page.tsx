import type { Metadata } from 'next'
import Link from 'next/link'
import { cache } from 'react'

import { SearchForm } from '@/components/SearchForm'
import { SearchResults } from '@/components/SearchResults'
import { searchGuides } from '@/queries/search'
import { GENERAL_GUIDE } from '@/routes'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = { title: 'Search', robots: { index: false, follow: true } }

// Once per request, however often the render asks: a missed query is counted once.
const search = cache((q: string | string[] | undefined) => searchGuides(q, { countMiss: true }))

export default async function SearchPage({ searchParams }: Props) {
  const outcome = await search((await searchParams).q)
  const { query, groups, didYouMean, partial } = outcome
  return (
    <>
      <h1>{query ? `Results for “${query}”` : 'Search the guides'}</h1>
      <SearchForm query={query} />
      {query ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title">
            {groups.length
              ? `${groups.length} guide${groups.length === 1 ? '' : 's'} found`
              : 'Nothing found'}
          </h2>
          {didYouMean && (
            <p className="did-you-mean">
              Did you mean <Link href={didYouMean.href}>{didYouMean.query}</Link>?
            </p>
          )}
          {partial && (
            <p className="muted">No guide has every word you typed; these have some of them.</p>
          )}
          {groups.length ? (
            <SearchResults outcome={outcome} />
          ) : (
            <p>
              Try the brand’s name, the model number from the label or a word from the screen you
              see. Or start with the <Link href={GENERAL_GUIDE}>general guide</Link>, which works
              for most recorders.
            </p>
          )}
        </section>
      ) : (
        <p>
          Type a brand, a model number from the label (for example DS-7608NI-K2) or what you see on
          the screen, for example “forgot password” or “QR code”.
        </p>
      )}
    </>
  )
}
