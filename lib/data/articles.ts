import 'server-only'
import { textArg, textListArg, wholeNumberArg } from './cached-args'
// Public reads of published articles. Cached in the data layer; writes invalidate the tags set here.
import { cacheLife, cacheTag } from 'next/cache'
import { db } from '@/lib/db'
import { cacheTags } from '@/lib/cache-tags'
import { cardSelect, readerArticleSelect, toCardDto, toReaderArticle, type ArticleCardDto, type ReaderArticleDto } from './dto'

/** An article as its public page shows it. */
export type PublishedArticle = ReaderArticleDto

export async function getPublishedArticleBySlug(slug: string): Promise<PublishedArticle | null> {
  'use cache'
  cacheLife('published')
  if (textArg(slug) === null) return null
  cacheTag(cacheTags.articleSlug(slug))
  const row = await db.article.findFirst({
    where: { slug, status: 'PUBLISHED' },
    select: readerArticleSelect,
  })
  if (!row || !row.publishedAt) return null
  cacheTag(
    cacheTags.article(row.id),
    ...row.authors.map((a) => cacheTags.author(a.author.id)),
    ...row.tags.map((t) => cacheTags.tag(t.tag.id)),
    ...(row.section ? [cacheTags.section(row.section.id)] : []),
    ...(row.heroImage ? [cacheTags.media(row.heroImage.id)] : []),
  )
  return toReaderArticle(row)
}

type CardDetails = { authors: { id: string }[]; section: { id: string } | null; hero?: { id: string } | null }

/** The tags of what a list of cards shows besides the articles themselves: bylines, section labels, hero images. */
export function cardDetailTags(cards: CardDetails[]): string[] {
  const tags = new Set<string>()
  for (const card of cards) {
    card.authors.forEach((a) => tags.add(cacheTags.author(a.id)))
    if (card.section) tags.add(cacheTags.section(card.section.id))
    if (card.hero) tags.add(cacheTags.media(card.hero.id))
  }
  return [...tags]
}

/**
 * Tags a cached list with what its cards show besides the articles themselves (cardDetailTags),
 * so renaming an author or re-cropping a photo refreshes every list.
 */
export function tagCardDetails(cards: CardDetails[]) {
  const list = cardDetailTags(cards)
  // cacheTag takes at most 128 tags a call.
  for (let i = 0; i < list.length; i += 100) cacheTag(...list.slice(i, i + 100))
}

/** The newest published articles. */
export async function listLatestArticles(limit = 20): Promise<ArticleCardDto[]> {
  'use cache'
  cacheLife('published')
  limit = wholeNumberArg(limit, 1, 100) ?? 20
  cacheTag(cacheTags.articleLists())
  const rows = await db.article.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: Math.min(limit, 100),
    select: cardSelect,
  })
  const cards = rows.map(toCardDto)
  tagCardDetails(cards)
  return cards
}

export type HomePage = {
  lead: ArticleCardDto | null
  /** The newest pieces after the lead, as a running list beside it. */
  latest: ArticleCardDto[]
  sections: { section: { id: string; name: string; slug: string; description: string }; articles: ArticleCardDto[] }[]
}

const HOME_LATEST = 6
const HOME_PER_SECTION = 4

/** The front page: the editors' featured piece (else the newest) as the lead, then the latest by section. */
export async function getHomePage(): Promise<HomePage> {
  'use cache'
  cacheLife('published')
  cacheTag(cacheTags.articleLists(), cacheTags.sections())
  const published = { status: 'PUBLISHED' } as const
  const order = [{ publishedAt: 'desc' }, { id: 'desc' }] as const
  const featured = await db.article.findFirst({ where: { ...published, featured: true }, orderBy: [...order], select: cardSelect })
  const newest = await db.article.findMany({ where: published, orderBy: [...order], take: HOME_LATEST + 1, select: cardSelect })
  const lead = featured ?? newest[0] ?? null
  const notLead = lead ? { NOT: { id: lead.id } } : {}
  const sections = await db.section.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, slug: true, description: true },
  })
  const bySection = await Promise.all(
    sections.map((section) =>
      db.article.findMany({ where: { ...published, ...notLead, sectionId: section.id }, orderBy: [...order], take: HOME_PER_SECTION, select: cardSelect }),
    ),
  )
  const page: HomePage = {
    lead: lead ? toCardDto(lead) : null,
    latest: newest.filter((a) => a.id !== lead?.id).slice(0, HOME_LATEST).map(toCardDto),
    sections: sections
      .map((section, i) => ({ section, articles: bySection[i]!.map(toCardDto) }))
      .filter((s) => s.articles.length > 0),
  }
  tagCardDetails([...(page.lead ? [page.lead] : []), ...page.latest, ...page.sections.flatMap((s) => s.articles)])
  return page
}

const RELATED_LIMIT = 4
/** How many of each shared tag's newest pieces are weighed as related. */
const RELATED_POOL = 200

/**
 * Articles to read next: those sharing the most tags with this one, then the newest in its
 * section; never the article itself, never an unpublished piece.
 */
export async function listRelatedArticles(article: { id: string; sectionId: string | null; tagIds: string[] }): Promise<ArticleCardDto[]> {
  'use cache'
  cacheLife('published')
  if (typeof article !== 'object' || article === null || textArg(article.id) === null) return []
  article = { id: article.id, sectionId: textArg(article.sectionId), tagIds: textListArg(article.tagIds, 50) }
  // A change to any candidate touches one of these tags (it shares a tag or the section).
  cacheTag(cacheTags.article(article.id), ...article.tagIds.map(cacheTags.tag))
  if (article.sectionId) cacheTag(cacheTags.section(article.sectionId))
  const ids: string[] = []
  if (article.tagIds.length) {
    // Candidates are each tag's newest RELATED_POOL published pieces, read from the tag's own
    // index range (migration listing_indexes): a running story's tag can hold thousands.
    const rows = await db.$queryRaw<{ id: string }[]>`
      WITH candidates AS (
        SELECT l."articleId", l."publishedAt"
          FROM unnest(${article.tagIds}::text[]) AS tag(id)
         CROSS JOIN LATERAL (
           SELECT "articleId", "publishedAt" FROM "ArticleTag"
            WHERE "tagId" = tag.id AND published AND "articleId" <> ${article.id}
            ORDER BY "publishedAt" DESC, "articleId" DESC
            LIMIT ${RELATED_POOL}) l
      )
      SELECT c."articleId" AS id
        FROM candidates c
        JOIN "Article" a ON a.id = c."articleId"
       GROUP BY c."articleId", c."publishedAt", a."sectionId"
       ORDER BY count(*) DESC, (a."sectionId" IS NOT DISTINCT FROM ${article.sectionId}::text) DESC, c."publishedAt" DESC, c."articleId"
       LIMIT ${RELATED_LIMIT}`
    ids.push(...rows.map((r) => r.id))
  }
  if (ids.length < RELATED_LIMIT && article.sectionId) {
    const more = await db.article.findMany({
      where: { status: 'PUBLISHED', sectionId: article.sectionId, id: { notIn: [article.id, ...ids] } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: RELATED_LIMIT - ids.length,
      select: { id: true },
    })
    ids.push(...more.map((r) => r.id))
  }
  if (!ids.length) return []
  const rows = await db.article.findMany({ where: { id: { in: ids }, status: 'PUBLISHED' }, select: cardSelect })
  const cards = ids.map((id) => rows.find((r) => r.id === id)).filter((r) => r !== undefined).map(toCardDto)
  tagCardDetails(cards)
  return cards
}

/** Slugs worth prerendering at build time: the most recent pieces. */
export async function listRecentSlugs(limit = 50): Promise<string[]> {
  'use cache'
  cacheLife('published')
  limit = wholeNumberArg(limit, 1, 1000) ?? 50
  cacheTag(cacheTags.articleLists())
  const rows = await db.article.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: { publishedAt: 'desc' },
    take: limit,
    select: { slug: true },
  })
  return rows.map((r) => r.slug)
}
