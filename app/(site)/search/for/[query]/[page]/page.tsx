import { notFound } from 'next/navigation'
import { normaliseQuery, queryToSegment, segmentToQuery } from '@/lib/search-text'
import { renderSearch, searchMetadata } from '../../../view'

// Reached through proxy.ts, which rewrites /search?q=<words>&page=N (N other than 1) here
// (<query> is the normalised words in base64url: lib/search-text.ts queryToSegment): each
// page renders once, is kept whole in the cache (expired with the article lists), and a page
// past the last is a real 404.
export function generateStaticParams() {
  // At least one entry, so other queries render whole on first request (and 404 for real).
  return [{ query: 'X19ub25lX18', page: '1' }] // "__none__"
}

export async function generateMetadata({ params }: PageProps<'/search/for/[query]/[page]'>) {
  return searchMetadata(segmentToQuery((await params).query) ?? '')
}

export default async function SearchResultsPage({ params }: PageProps<'/search/for/[query]/[page]'>) {
  const { query, page } = await params
  const text = segmentToQuery(query)
  // Only the one address proxy.ts makes for a query: no second cache entry for the same words.
  if (text === null || queryToSegment(normaliseQuery(text).text) !== query) notFound()
  return renderSearch(text, page)
}
