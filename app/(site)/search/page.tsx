import { renderSearch, searchMetadata } from './view'

// /search itself: the empty form and the first page of any query, rendered per request (a
// new query costs about half what rendering a page to keep would). proxy.ts rewrites page 2
// onwards to /search/for/<query>/<page>, cached whole. (`instant = false` only tells Next
// not to expect instant client navigation here.)
export const instant = false

export async function generateMetadata({ searchParams }: PageProps<'/search'>) {
  return searchMetadata((await searchParams).q)
}

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const { q, page } = await searchParams
  return renderSearch(q, page)
}
