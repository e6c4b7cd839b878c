import { MAX_QUERY_LENGTH } from '../queries/search'

/** A plain GET form: works without JavaScript, and the result page can be shared. */
export function SearchForm({ query = '', id = 'q' }: { query?: string; id?: string }) {
  return (
    <form className="search-form" action="/search" method="get" role="search">
      <label htmlFor={id}>Search the guides</label>
      <div className="search-row">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Brand, model or problem, e.g. “Hikvision GUID file”"
        />
        <button type="submit">Search</button>
      </div>
    </form>
  )
}
