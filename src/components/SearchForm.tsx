import { MAX_QUERY_LENGTH } from '../queries/search'
import { SEARCH } from '../routes'

/**
 * A plain GET form: works without JavaScript, and the result page can be
 * shared. `compact` is the site header's: a short field with its label for
 * screen readers only.
 */
export function SearchForm({
  query = '',
  id = 'q',
  compact = false,
}: {
  query?: string
  id?: string
  compact?: boolean
}) {
  return (
    <form
      className={compact ? 'search-form search-compact' : 'search-form'}
      action={SEARCH}
      method="get"
      role="search"
      aria-label={compact ? 'Site' : undefined}
    >
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {compact ? 'Search' : 'Search the guides'}
      </label>
      <div className="search-row">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={compact ? 'Brand or model' : 'e.g. DS-7608NI-K2 or Hikvision'}
          aria-describedby={compact ? undefined : `${id}-hint`}
        />
        <button type="submit">Search</button>
      </div>
      {!compact && (
        <p id={`${id}-hint`} className="search-hint">
          Brand, model number from the label (e.g. DS-7608NI-K2 or RLN8-410) or what you see on
          screen.
        </p>
      )}
    </form>
  )
}
