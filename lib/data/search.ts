import 'server-only'
// Full-text search of published articles in PostgreSQL: English stemming, headline (A) >
// standfirst (B) > body (C), ranked, with highlighted snippets. The tsvector is a generated
// column with a GIN index (migration article_search). Raw SQL only as parameterised $queryRaw.
import { cacheLife, cacheTag } from 'next/cache'
import { db } from '@/lib/db'
import { cacheTags } from '@/lib/cache-tags'
import { PAGE_SIZE, pageCount } from '@/lib/pagination'
import { MARK_END, MARK_START } from '@/lib/search-text'
import { cardSelect, toCardDto, type ArticleCardDto } from './dto'
import { tagCardDetails } from './articles'

export type SearchHit = {
  card: ArticleCardDto
  /** ts_headline output: text with MARK_START/MARK_END around matched words; never HTML. */
  headline: string
  standfirst: string
  /** Up to two fragments of the body around the matches; empty when the body does not match. */
  excerpt: string
}

export type SearchResults =
  | { kind: 'no-terms' }
  | { kind: 'results'; hits: SearchHit[]; total: number; page: number; pageCount: number }
  | { kind: 'past-end' }

const highlightAll = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`
const fragments = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MinWords=12, MaxWords=28, FragmentDelimiter=" … "`

/**
 * One page of results for `text` (already normalised by lib/search-text). Cached for a while
 * per query and page, and expired whenever a published article changes.
 */
export async function searchPublishedArticles(text: string, page: number): Promise<SearchResults> {
  'use cache'
  cacheLife('hours')
  cacheTag(cacheTags.articleLists())
  // websearch_to_tsquery never raises on odd input; a query of only stop words or symbols has no nodes.
  const [parsed] = await db.$queryRaw<{ nodes: number }[]>`SELECT numnode(websearch_to_tsquery('english', ${text})) AS nodes`
  if (!parsed?.nodes) return { kind: 'no-terms' }

  const offset = (page - 1) * PAGE_SIZE
  const rows = await db.$queryRaw<{ id: string; total: bigint; headline: string; standfirst: string; excerpt: string }[]>`
    WITH query AS (SELECT websearch_to_tsquery('english', ${text}) AS q),
    hits AS (
      SELECT a.id, a."publishedAt", ts_rank_cd(a."searchVector", query.q, 32) AS rank, count(*) OVER () AS total
        FROM "Article" a, query
       WHERE a.status = 'PUBLISHED' AND a."searchVector" @@ query.q
       ORDER BY rank DESC, a."publishedAt" DESC, a.id
       LIMIT ${PAGE_SIZE} OFFSET ${offset}
    )
    SELECT h.id, h.total,
           ts_headline('english', a.headline, query.q, ${highlightAll}) AS headline,
           ts_headline('english', a.standfirst, query.q, ${highlightAll}) AS standfirst,
           ts_headline('english', a."bodyText", query.q, ${fragments}) AS excerpt
      FROM hits h JOIN "Article" a ON a.id = h.id, query
     ORDER BY h.rank DESC, h."publishedAt" DESC, h.id`
  if (!rows.length) return page > 1 ? { kind: 'past-end' } : { kind: 'results', hits: [], total: 0, page, pageCount: 1 }

  const cards = await db.article.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: cardSelect })
  const hits: SearchHit[] = []
  for (const row of rows) {
    const card = cards.find((c) => c.id === row.id)
    if (card) hits.push({
        card: toCardDto(card),
        headline: row.headline,
        standfirst: row.standfirst,
        // Without a match in the body, ts_headline returns its opening words: the standfirst says more.
        excerpt: row.excerpt.includes(MARK_START) ? row.excerpt : '',
      })
  }
  tagCardDetails(hits.map((h) => h.card))
  const total = Number(rows[0]!.total)
  return { kind: 'results', hits, total, page, pageCount: pageCount(total) }
}
