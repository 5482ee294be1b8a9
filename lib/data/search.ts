import 'server-only'
import { textArg, wholeNumberArg } from './cached-args'
// Full-text search of published articles in PostgreSQL: English stemming, headline (A) >
// standfirst (B) > body (C), ranked, with highlighted snippets. The tsvector is a generated
// column with a GIN index (migration article_search). Raw SQL only as parameterised $queryRaw.
//
// At archive scale a common word matches most of the archive, and anything that touches every
// match (ranking it, counting it, or even reading its heap row) costs hundreds of milliseconds.
// So a search never looks at more than the newest CANDIDATES matches, found by whichever path
// is cheaper for this query (see findCandidates), ranks only those, and writes snippets only
// for the page shown.
import { cacheLife, cacheTag } from 'next/cache'
import { db } from '@/lib/db'
import { cacheTags } from '@/lib/cache-tags'
import { Prisma } from '@/lib/generated/prisma/client'
import { PAGE_SIZE, pageCount } from '@/lib/pagination'
import { candidatePlan, CURLY_QUOTES, MARK_END, MARK_START, SEARCH_CANDIDATES, STRAIGHT_QUOTES, unfoldQuotes } from '@/lib/search-text'
import { tagCardDetails } from './articles'

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

type Candidates = { ids: string[]; total: number; capped: false | 'about' | 'more-than' } | null

/**
 * The newest CANDIDATES published matches for `text`, best match first, or null when the
 * query has no searchable words. PostgreSQL's own estimate of how many articles match picks
 * the way to find them (lib/search-text.ts, candidatePlan): walking the newest articles in
 * date order, or taking every match from the GIN index. Left to itself the planner gets this
 * wrong: it prices testing a tsvector as one operator, not a read of several kilobytes from
 * TOAST, so it walks the index, or scans the whole table, for queries a bitmap answers in a
 * few milliseconds.
 */
async function findCandidates(text: string): Promise<Candidates> {
  'use cache'
  cacheLife('hours')
  cacheTag(cacheTags.articleLists())
  if (textArg(text, 500) === null) return null
  // websearch_to_tsquery never raises on odd input; a query of only stop words or symbols has no nodes.
  const [[parsed], [explained]] = await Promise.all([
    db.$queryRaw<{ nodes: number; archive: number }[]>`
      SELECT numnode(websearch_to_tsquery('english', ${text})) AS nodes,
             (SELECT reltuples FROM pg_class WHERE oid = '"Article"'::regclass)::float8 AS archive`,
    db.$queryRaw<{ 'QUERY PLAN': unknown }[]>`
      EXPLAIN (FORMAT JSON) SELECT 1 FROM "Article" WHERE status = 'PUBLISHED' AND "searchVector" @@ websearch_to_tsquery('english', ${text})`,
  ])
  if (!parsed?.nodes) return null
  const json = explained?.['QUERY PLAN']
  const estimate = Number((typeof json === 'string' ? JSON.parse(json) : json)?.[0]?.Plan?.['Plan Rows'] ?? 0)

  // n: the match's place by date, newest first; a row with n > CANDIDATES only says there are more.
  type Row = { id: string; n: number }
  const ranked = Prisma.sql`
    SELECT id, n FROM (
      SELECT id, row_number() OVER (ORDER BY "publishedAt" DESC, id DESC)::int AS n,
             ts_rank_cd("searchVector", websearch_to_tsquery('english', ${text}), 32) AS rank
        FROM matched
    ) ranked
    ORDER BY rank DESC, n`
  let rows: Row[] | null = null
  const plan = candidatePlan(estimate, parsed.archive, CANDIDATES)
  if (plan.kind === 'walk') {
    const newest = await db.$queryRaw<Row[]>`
      WITH matched AS (
        SELECT recent.id, recent."publishedAt", recent."searchVector"
          FROM (SELECT id, "publishedAt", "searchVector" FROM "Article"
                 WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC, id DESC LIMIT ${plan.limit}) recent
         WHERE recent."searchVector" @@ websearch_to_tsquery('english', ${text})
         ORDER BY recent."publishedAt" DESC, recent.id DESC
         LIMIT ${CANDIDATES + 1}
      )
      ${ranked}`
    // Fewer than CANDIDATES + 1 within the walk: the estimate was wrong, take the bitmap path.
    if (newest.length > CANDIDATES) rows = newest
  }
  // Otherwise every match, from the GIN index alone (migration search_bitmap_matches): never a
  // walk or a scan that reads every tsvector.
  if (!rows)
    rows = await db.$queryRaw<Row[]>`
      WITH matched AS (SELECT * FROM search_published_matches(websearch_to_tsquery('english', ${text}), ${CANDIDATES + 1}))
      ${ranked}`
  const ids = rows.filter((r) => r.n <= CANDIDATES).map((r) => r.id)
  if (rows.length <= CANDIDATES) return { ids, total: rows.length, capped: false }
  // Past CANDIDATES the count is PostgreSQL's estimate: counting every match costs what ranking
  // them would. An estimate below what was found (a word too new for the statistics) says nothing.
  return estimate > CANDIDATES ? { ids, total: Math.round(estimate), capped: 'about' } : { ids, total: CANDIDATES + 1, capped: 'more-than' }
}

/**
 * One page of results for `text` (already normalised by lib/search-text). Cached for a while
 * per query and page, and expired whenever a published article changes.
 */
export async function searchPublishedArticles(text: string, page: number): Promise<SearchResults> {
  'use cache'
  cacheLife('hours')
  cacheTag(cacheTags.articleLists())
  if (textArg(text, 500) === null || wholeNumberArg(page, 1, 10_000) === null) return { kind: 'no-terms' }
  const candidates = await findCandidates(text)
  if (!candidates) return { kind: 'no-terms' }
  const pages = pageCount(candidates.ids.length)
  if (page > pages) return page > 1 ? { kind: 'past-end' } : { kind: 'results', hits: [], total: 0, capped: false, page, pageCount: 1 }

  const ids = candidates.ids.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
  // Snippets only for the page shown, the body cut to a window around the first place a query
  // lexeme appears (a stem is nearly always a prefix of the word it came from); the byline and
  // section in the same statement, so a new query costs no more round trips than it must.
  type HitRow = {
    id: string
    slug: string
    publishedAt: Date | null
    sectionId: string | null
    sectionName: string | null
    sectionSlug: string | null
    authors: { id: string; name: string; slug: string }[]
    headline: string
    standfirst: string
    excerpt: string
    rawHeadline: string
    rawStandfirst: string
    rawBody: string
  }
  const rows = await db.$queryRaw<HitRow[]>`
      WITH query AS (SELECT websearch_to_tsquery('english', ${text}) AS q),
      lexemes AS (
        SELECT coalesce(array_agg(replace(m[1], '''''', '''')), '{}') AS list
          FROM query, regexp_matches(query.q::text, '''((?:[^'']|'''')+)''', 'g') AS m
      ),
      -- Where a query lexeme first starts a word (lexemes holding regex characters are left out);
      -- materialised so each body is read from TOAST once.
      located AS MATERIALIZED (
        SELECT a.id, a.slug, a."publishedAt", a."sectionId", a.headline, a.standfirst, a."bodyText" AS body,
               (SELECT min(p) FROM unnest(lexemes.list) AS l, regexp_instr(a."bodyText", '(^|[^[:alnum:]])' || l, 1, 1, 0, 'i') AS p
                 WHERE p > 0 AND translate(l, '.^$*+?()[]{}|\\', '') = l) AS at
          FROM "Article" a, lexemes
         WHERE a.id = ANY(${ids}::text[])
      ),
      windowed AS (
        SELECT id, slug, "publishedAt", "sectionId", headline, standfirst,
               CASE WHEN at IS NULL OR at <= ${EXCERPT_LEAD} THEN left(body, ${EXCERPT_WINDOW})
                    -- Cut mid-text: drop the partial word at the start.
                    ELSE regexp_replace(substr(body, at - ${EXCERPT_LEAD}, ${EXCERPT_WINDOW}), '^\\S*\\s+', '') END AS body
          FROM located
      )
      -- On the texts as the search vector reads them (quotes folded); unfoldQuotes puts the
      -- original characters back.
      SELECT w.id, w.slug, w."publishedAt", s.id AS "sectionId", s.name AS "sectionName", s.slug AS "sectionSlug",
             (SELECT coalesce(json_agg(json_build_object('id', au.id, 'name', au.name, 'slug', au.slug) ORDER BY aa.position), '[]')
                FROM "ArticleAuthor" aa JOIN "Author" au ON au.id = aa."authorId" WHERE aa."articleId" = w.id) AS authors,
             w.headline AS "rawHeadline", w.standfirst AS "rawStandfirst", w.body AS "rawBody",
             ts_headline('english', translate(w.headline, ${CURLY_QUOTES}, ${STRAIGHT_QUOTES}), query.q, ${highlightAll}) AS headline,
             ts_headline('english', translate(w.standfirst, ${CURLY_QUOTES}, ${STRAIGHT_QUOTES}), query.q, ${highlightAll}) AS standfirst,
             ts_headline('english', translate(w.body, ${CURLY_QUOTES}, ${STRAIGHT_QUOTES}), query.q, ${fragments}) AS excerpt
        FROM windowed w CROSS JOIN query LEFT JOIN "Section" s ON s.id = w."sectionId"`
  const hits: SearchHit[] = []
  for (const id of ids) {
    const row = rows.find((r) => r.id === id)
    if (row)
      hits.push({
        card: {
          id: row.id,
          slug: row.slug,
          publishedAt: row.publishedAt,
          section: row.sectionId && row.sectionName !== null && row.sectionSlug !== null ? { id: row.sectionId, name: row.sectionName, slug: row.sectionSlug } : null,
          authors: row.authors,
        },
        headline: unfoldQuotes(row.headline, row.rawHeadline),
        standfirst: unfoldQuotes(row.standfirst, row.rawStandfirst),
        // Without a match in the body, ts_headline returns its opening words: the standfirst says more.
        excerpt: row.excerpt.includes(MARK_START) ? unfoldQuotes(row.excerpt, row.rawBody, FRAGMENT_DELIMITER) : '',
      })
  }
  tagCardDetails(hits.map((h) => h.card))
  return { kind: 'results', hits, total: candidates.total, capped: candidates.capped, page, pageCount: pages }
}
