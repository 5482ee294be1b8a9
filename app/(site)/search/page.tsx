import { renderSearch, searchMetadata } from './view'

// /search itself: the empty form, or a query with no words to look for. Queries with words
// are rewritten by proxy.ts to /search/for/<query>/<page> and cached whole.
export const instant = false

export async function generateMetadata({ searchParams }: PageProps<'/search'>) {
  return searchMetadata((await searchParams).q)
}

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const { q, page } = await searchParams
  return renderSearch(q, page)
}
