import { formatDay, isoDay } from '../lib/dates'
import type { GuideMethod } from '../queries/guides'

type Source = NonNullable<GuideMethod['sources']>[number]

/** "p. 37" for a page number as editors type it ("37", "37–38"); anything else as typed ("Appendix B"). */
export const pageLabel = (page: string | null | undefined): string | null => {
  const text = page?.trim()
  if (!text) return null
  return /^\d/.test(text) ? `p. ${text}` : text
}

/** When the method was last checked against its sources, as readers read it. */
export function LastChecked({ value }: { value: string | null | undefined }) {
  const day = formatDay(value)
  if (!day) return null
  return (
    <p className="last-checked">
      Last checked against its sources on <time dateTime={isoDay(value) ?? undefined}>{day}</time>
    </p>
  )
}

/** One cited document: its title linked to the page that says it, a manual's page, and who published it when not the vendor. */
export function SourceItem({
  source,
}: {
  source: Pick<Source, 'title' | 'url' | 'page' | 'publisher'>
}) {
  const page = pageLabel(source.page)
  return (
    <li>
      {source.url ? (
        <a href={source.url} rel="noopener nofollow">
          {source.title}
        </a>
      ) : (
        source.title
      )}
      {page ? `, ${page}` : null}
      {source.publisher === 'third-party' ? (
        <>
          {' '}
          <span className="source-label">third-party</span>
        </>
      ) : null}
    </li>
  )
}

/** A method's sources, folded under their count, with when they were last checked shown above. */
export function MethodSources({
  method,
}: {
  method: Pick<GuideMethod, 'sources' | 'lastChecked'>
}) {
  const sources = method.sources ?? []
  return (
    <>
      <LastChecked value={method.lastChecked} />
      {sources.length ? (
        <details className="sources">
          <summary>Sources ({sources.length})</summary>
          <ul>
            {sources.map((source) => (
              <SourceItem key={source.id ?? source.title} source={source} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  )
}
