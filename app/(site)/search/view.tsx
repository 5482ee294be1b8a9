import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { HighlightedText } from '@/components/site/highlighted-text'
import { Pagination } from '@/components/site/pagination'
import { SearchForm } from '@/components/site/search-form'
import { getSiteSettings } from '@/lib/data/settings'
import { searchPublishedArticles } from '@/lib/data/search'
import { formatDate, joinNames } from '@/lib/format'
import { parsePageParam } from '@/lib/pagination'
import { MAX_QUERY_LENGTH, normaliseQuery, SEARCH_CANDIDATES } from '@/lib/search-text'
import { pageMetadata } from '@/lib/seo'

// The search page, shared by /search (the form, and the first page of any query: rendered
// per request around a prerendered shell) and /search/for/<query>/<page>, where proxy.ts
// sends page 2 onwards, rendered once and then served whole from the cache like a listing
// page (so a page past the last answers a real 404). The address readers see stays
// /search?q=…&page=N.

/** An estimated count, to two significant figures: 74,112 reads as "74,000". */
const roughly = (n: number) => Number(n.toPrecision(2)).toLocaleString('en-GB')

export async function searchMetadata(rawQuery: string | string[] | undefined): Promise<Metadata> {
  const query = normaliseQuery(rawQuery)
  const settings = await getSiteSettings()
  return pageMetadata({
    title: query.text ? `Search: ${query.text}` : 'Search',
    description: `Search every article ${settings.siteName} has published.`,
    path: '/search',
    siteName: settings.siteName,
    // Result pages are endless and thin; search engines should follow them, not list them.
    noIndex: Boolean(query.text),
  })
}

/**
 * The search page for what a reader typed (`q`, as they sent it) and a `page` value: results
 * when the query has words, otherwise a word of help. Not a page number, or past the last
 * page, is a 404.
 */
export async function renderSearch(rawQuery: string | string[] | undefined, rawPage: string | string[] | undefined) {
  const query = normaliseQuery(rawQuery)
  const page = parsePageParam(rawPage)
  const results = page !== null && query.hasWords ? await searchPublishedArticles(query.text, page) : null
  if (page === null || results?.kind === 'past-end') notFound()
  // A query that is one quoted phrase is shown in our quotation marks only, not in both.
  const asked = /^"[^"]+"$/.test(query.text) ? query.text.slice(1, -1) : query.text
  return (
    <div className="max-w-4xl">
      <h1 className="font-serif text-4xl font-black sm:text-5xl">Search</h1>
      <div className="mt-6">
        <SearchForm query={query.text} />
      </div>
      <div className="mt-8">
        {!query.text ? (
          <p className="text-lg">Type a word or phrase to search every article we have published. Put a phrase in &ldquo;quotes&rdquo; to find it exactly, or put a minus before a word to leave it out.</p>
        ) : !query.hasWords || results?.kind === 'no-terms' ? (
          <p className="text-lg" role="status">
            We couldn&rsquo;t search for <strong>&ldquo;{asked}&rdquo;</strong>: it has no words we can look for. Try a name, a place or a topic.
          </p>
        ) : results?.kind === 'results' ? (
          <>
            <p className="text-lg" role="status">
              {results.total === 0 ? (
                <>
                  No articles match <strong>&ldquo;{asked}&rdquo;</strong>. Check the spelling, or try fewer or different words.
                </>
              ) : results.capped ? (
                <>
                  {results.capped === 'about' ? `About ${roughly(results.total)}` : `More than ${SEARCH_CANDIDATES}`} articles match <strong>&ldquo;{asked}&rdquo;</strong>.
                  Here are the best matches among the{' '}
                  {SEARCH_CANDIDATES} most recent{results.pageCount > 1 ? `, page ${results.page} of ${results.pageCount}` : ''}; add words to narrow it down.
                </>
              ) : (
                <>
                  {results.total === 1 ? '1 article matches' : `${results.total.toLocaleString('en-GB')} articles match`} <strong>&ldquo;{asked}&rdquo;</strong>
                  {results.pageCount > 1 ? `, page ${results.page} of ${results.pageCount.toLocaleString('en-GB')}` : ''}.
                </>
              )}
            </p>
            {query.truncated ? <p className="mt-2 text-sm text-muted">Your search was long, so we used only its first {MAX_QUERY_LENGTH} characters.</p> : null}
            {results.hits.length ? (
              <ol className="mt-8 space-y-8" aria-label="Search results">
                {results.hits.map(({ card, headline, standfirst, excerpt }) => (
                  <li key={card.id} className="border-b border-rule pb-8 last:border-0">
                    <article>
                      {card.section ? <p className="kicker">{card.section.name}</p> : null}
                      <h2 className="font-serif text-2xl leading-snug font-bold">
                        <a href={`/article/${card.slug}`} className="hover:underline">
                          <HighlightedText text={headline} />
                        </a>
                      </h2>
                      {standfirst ? (
                        <p className="mt-2 text-muted">
                          <HighlightedText text={standfirst} />
                        </p>
                      ) : null}
                      {excerpt ? (
                        <p className="mt-2 font-serif">
                          … <HighlightedText text={excerpt} /> …
                        </p>
                      ) : null}
                      <p className="mt-2 text-xs text-muted">
                        {card.authors.length ? <span className="font-semibold text-ink">{joinNames(card.authors.map((a) => a.name))} · </span> : null}
                        {card.publishedAt ? <time dateTime={new Date(card.publishedAt).toISOString()}>{formatDate(card.publishedAt)}</time> : null}
                      </p>
                    </article>
                  </li>
                ))}
              </ol>
            ) : null}
            <Pagination basePath="/search" page={results.page} pageCount={results.pageCount} query={{ q: query.text }} order="relevance" />
          </>
        ) : null}
      </div>
    </div>
  )
}
