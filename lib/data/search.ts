import 'server-only'
import { textArg, wholeNumberArg } from './cached-args'
// Full-text search of published articles in PostgreSQL: English stemming, headline (A) >
// standfirst (B) > body (C), ranked, with highlighted snippets. The tsvector is a generated
// column with a GIN index (migration article_search). Raw SQL only as parameterised $queryRaw.
//
// At archive scale a common word matches most of the archive, and anything that touches every
// match (ranking it, counting it, or even reading its heap row) costs hundreds of milliseconds.
// So a search never looks at more than the newest CANDIDATES matches, found by whichever path
// is cheaper for this query (see searchPublishedArticles), ranks only those, and writes snippets only
// for the page shown.
import { db } from '@/lib/db'
import { cacheTags } from '@/lib/cache-tags'
import { pageCount } from '@/lib/pagination'
import { candidatePlan, CURLY_QUOTES, MARK_END, MARK_START, SEARCH_CANDIDATES, SEARCH_PAGE_SIZE, STRAIGHT_QUOTES, unfoldQuotes } from '@/lib/search-text'
import { cardDetailTags } from './articles'

/** What a result shows of its article besides the snippets: where it leads, its section, byline and date. */
export type SearchCard = {
  id: string
  slug: string
  publishedAt: Date | null
  section: { id: string; name: string; slug: string } | null
  authors: { id: string; name: string; slug: string }[]
}

export type SearchHit = {
  card: SearchCard
  /** ts_headline output: text with MARK_START/MARK_END around matched words; never HTML. */
  headline: string
  standfirst: string
  /** Up to two fragments of the body around the matches; empty when the body does not match. */
  excerpt: string
}

export type SearchResults =
  | { kind: 'no-terms' }
  | {
      kind: 'results'
      hits: SearchHit[]
      /** Exact when `capped` is false; PostgreSQL's estimate when 'about'; CANDIDATES + 1 when 'more-than'. */
      total: number
      /** Set when more articles match than a search ranks: the results are the best of the newest CANDIDATES. */
      capped: false | 'about' | 'more-than'
      page: number
      pageCount: number
      /** Cache tags of everything the results show: kept copies of the page go when one expires. */
      tags: string[]
    }
  | { kind: 'past-end' }

const CANDIDATES = SEARCH_CANDIDATES

/**
 * Body text handed to ts_headline, which parses every word it is given: a window this long,
 * starting EXCERPT_LEAD characters before the first match, rather than the whole body.
 */
const EXCERPT_WINDOW = 700
const EXCERPT_LEAD = 150

const highlightAll = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`
const FRAGMENT_DELIMITER = ' … '
const fragments = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MinWords=12, MaxWords=28, FragmentDelimiter="${FRAGMENT_DELIMITER}"`

/** What search_page (migration search_page) answers, as JSON. */
type PageRow = {
  /** Matches found, up to CANDIDATES + 1: one more than CANDIDATES only says there are more. */
  found: number
  /** How many of them are ranked and shown at most: the newest CANDIDATES. */
  ranked: number
  hits: {
    id: string
    slug: string
    publishedAt: string | null
    section: { id: string; name: string; slug: string } | null
    authors: { id: string; name: string; slug: string }[]
    headline: string
    standfirst: string
    excerpt: string
    rawHeadline: string
    rawStandfirst: string
    rawBody: string
  }[]
}

/**
 * One page of results for `text` (already normalised by lib/search-text), read afresh: the page
 * it goes into is what is kept (the server's memory of answers, lib/hit-cache.mjs, and shared
 * caches), with the tags the results carry, rather than the results in Next's cache as well,
 * whose copy in and out cost a new query a tenth of its time.
 *
 * Two statements, each one SQL function (migration search_page): PostgreSQL's estimate of how
 * many articles match, then the page. The estimate picks the way to the newest CANDIDATES
 * matches (lib/search-text.ts, candidatePlan): walking the newest articles in date order, or
 * taking every match from the GIN index. Left to itself the planner gets this wrong: it prices
 * testing a tsvector as one operator, not a read of several kilobytes from TOAST, so it walks
 * the index, or scans the whole table, for queries a bitmap answers in a few milliseconds. The
 * page ranks those candidates and writes snippets for the ones shown, with their bylines and
 * sections, in the same statement: a new query's time was mostly round trips and the work
 * between them, and each page is kept whole on its own (by the search route), so nothing is
 * gained by keeping the candidates apart.
 */
export async function searchPublishedArticles(text: string, page: number): Promise<SearchResults> {
  if (textArg(text, 500) === null || wholeNumberArg(page, 1, 10_000) === null) return { kind: 'no-terms' }
  // websearch_to_tsquery never raises on odd input; a query of only stop words or symbols has no nodes.
  const [estimated] = await db.$queryRaw<{ nodes: number; estimate: number | null; archive: number }[]>`
    SELECT * FROM search_estimate(websearch_to_tsquery('english', ${text}))`
  if (!estimated?.nodes) return { kind: 'no-terms' }
  const estimate = Number(estimated.estimate ?? 0)
  const plan = candidatePlan(estimate, Number(estimated.archive), CANDIDATES)
  const [row] = await db.$queryRaw<{ page: PageRow }[]>`
    SELECT search_page(websearch_to_tsquery('english', ${text}), ${plan.kind === 'walk' ? plan.limit : 0}::int, ${CANDIDATES}::int,
                       ${(page - 1) * SEARCH_PAGE_SIZE}::int, ${SEARCH_PAGE_SIZE}::int, ${highlightAll}, ${fragments}, ${CURLY_QUOTES}, ${STRAIGHT_QUOTES},
                       ${EXCERPT_LEAD}::int, ${EXCERPT_WINDOW}::int) AS page`
  const found = row?.page.found ?? 0
  const pages = pageCount(row?.page.ranked ?? 0, SEARCH_PAGE_SIZE)
  if (page > pages) return page > 1 ? { kind: 'past-end' } : { kind: 'results', hits: [], total: 0, capped: false, page, pageCount: 1, tags: [cacheTags.articleLists()] }
  // Past CANDIDATES the count is PostgreSQL's estimate: counting every match costs what ranking
  // them would. An estimate below what was found (a word too new for the statistics) says nothing.
  const total = found <= CANDIDATES ? found : estimate > CANDIDATES ? Math.round(estimate) : CANDIDATES + 1
  const capped = found <= CANDIDATES ? false : estimate > CANDIDATES ? ('about' as const) : ('more-than' as const)
  const hits: SearchHit[] = (row?.page.hits ?? []).map((hit) => ({
    card: {
      id: hit.id,
      slug: hit.slug,
      // json_build_object writes a timestamp without its zone; the column holds UTC.
      publishedAt: hit.publishedAt === null ? null : new Date(`${hit.publishedAt}Z`),
      section: hit.section,
      authors: hit.authors,
    },
    headline: unfoldQuotes(hit.headline, hit.rawHeadline),
    standfirst: unfoldQuotes(hit.standfirst, hit.rawStandfirst),
    // Without a match in the body, ts_headline returns its opening words: the standfirst says more.
    excerpt: hit.excerpt.includes(MARK_START) ? unfoldQuotes(hit.excerpt, hit.rawBody, FRAGMENT_DELIMITER) : '',
  }))
  const tags = [cacheTags.articleLists(), ...cardDetailTags(hits.map((h) => h.card))]
  return { kind: 'results', hits, total, capped, page, pageCount: pages, tags }
}
