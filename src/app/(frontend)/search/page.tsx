import type { Metadata } from 'next'
import Link from 'next/link'

import { SearchForm } from '../../../components/SearchForm'
import { searchGuides } from '../../../queries/search'
import { GENERAL_GUIDE } from '../../../routes'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = { title: 'Search', robots: { index: false, follow: true } }

const KIND_LABEL = { brand: 'Brand', method: 'Method', step: 'Step' } as const

export default async function SearchPage({ searchParams }: Props) {
  const { query, results } = await searchGuides((await searchParams).q)
  return (
    <>
      <h1>{query ? `Results for “${query}”` : 'Search the guides'}</h1>
      <SearchForm query={query} />
      {query ? (
        <section aria-labelledby="results-title" aria-live="polite">
          <h2 id="results-title">
            {results.length ? `${results.length} result${results.length === 1 ? '' : 's'}` : 'Nothing found'}
          </h2>
          {results.length ? (
            <ol className="results">
              {results.map((r) => (
                <li key={r.href}>
                  <span className={`result-kind kind-${r.kind}`}>{KIND_LABEL[r.kind]}</span>
                  <Link href={r.href}>{r.title}</Link>
                  <span className="muted"> · {r.context}</span>
                  {r.excerpt ? <p>{r.excerpt}</p> : null}
                </li>
              ))}
            </ol>
          ) : (
            <p>
              Try the brand’s name, a model or a word from the screen you see. Or start with the <Link href={GENERAL_GUIDE}>general guide</Link>,
              which works for most recorders.
            </p>
          )}
        </section>
      ) : (
        <p>Type a brand, a model or what you see on the screen, for example “forgot password” or “QR code”.</p>
      )}
    </>
  )
}
