/** A plain GET form: search works with JavaScript switched off, and every result page has a URL. */
export function SearchForm({ query = '', autoFocus = false }: { query?: string; autoFocus?: boolean }) {
  return (
    <form action="/search" method="get" role="search" aria-label="Search the archive" className="flex max-w-2xl gap-2">
      <label htmlFor="search-q" className="sr-only">
        Search the archive
      </label>
      <input
        id="search-q"
        type="search"
        name="q"
        defaultValue={query}
        maxLength={1000}
        autoFocus={autoFocus}
        placeholder="Search the archive"
        className="min-h-11 w-full min-w-0 rounded-sm border-2 border-ink bg-paper px-3 text-base text-ink placeholder:text-muted"
      />
      <button type="submit" className="min-h-11 shrink-0 rounded-sm bg-ink px-5 font-semibold text-paper hover:opacity-90">
        Search
      </button>
    </form>
  )
}
