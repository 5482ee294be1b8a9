import 'server-only'
// Public reads of published articles. Cached in the data layer; writes invalidate the tags set here.
import { cacheLife, cacheTag } from 'next/cache'
import { db } from '@/lib/db'
import { cacheTags } from '@/lib/cache-tags'
import { cardSelect, mediaSelect, toCardDto, toImageDto, type ArticleCardDto, type ImageDto } from './dto'

export type PublishedArticle = {
  id: string
  slug: string
  headline: string
  standfirst: string
  bodyHtml: string
  wordCount: number
  publishedAt: Date
  updatedAt: Date | null
  seoTitle: string
  seoDescription: string
  showBeforeYouGo: boolean
  correction: string
  correctionAt: Date | null
  section: { id: string; name: string; slug: string } | null
  authors: { id: string; name: string; slug: string; bio: string; photo: ImageDto | null }[]
  tags: { id: string; name: string; slug: string }[]
  hero: ImageDto | null
}

export async function getPublishedArticleBySlug(slug: string): Promise<PublishedArticle | null> {
  'use cache'
  cacheLife('max')
  cacheTag(cacheTags.articleSlug(slug))
  const row = await db.article.findFirst({
    where: { slug, status: 'PUBLISHED' },
    select: {
      id: true,
      slug: true,
      headline: true,
      standfirst: true,
      bodyHtml: true,
      wordCount: true,
      publishedAt: true,
      contentUpdatedAt: true,
      seoTitle: true,
      seoDescription: true,
      showBeforeYouGo: true,
      correction: true,
      correctionAt: true,
      section: { select: { id: true, name: true, slug: true } },
      heroImage: { select: mediaSelect },
      authors: {
        orderBy: { position: 'asc' },
        select: { author: { select: { id: true, name: true, slug: true, bio: true, photo: { select: mediaSelect } } } },
      },
      tags: { orderBy: { tag: { name: 'asc' } }, select: { tag: { select: { id: true, name: true, slug: true } } } },
    },
  })
  if (!row || !row.publishedAt) return null
  cacheTag(
    cacheTags.article(row.id),
    ...row.authors.map((a) => cacheTags.author(a.author.id)),
    ...row.tags.map((t) => cacheTags.tag(t.tag.id)),
    ...(row.section ? [cacheTags.section(row.section.id)] : []),
    ...(row.heroImage ? [cacheTags.media(row.heroImage.id)] : []),
  )
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    standfirst: row.standfirst,
    bodyHtml: row.bodyHtml,
    wordCount: row.wordCount,
    publishedAt: row.publishedAt,
    updatedAt: row.contentUpdatedAt,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    showBeforeYouGo: row.showBeforeYouGo,
    correction: row.correction,
    correctionAt: row.correctionAt,
    section: row.section,
    hero: toImageDto(row.heroImage),
    authors: row.authors.map(({ author }) => ({ ...author, photo: toImageDto(author.photo) })),
    tags: row.tags.map((t) => t.tag),
  }
}

/** The newest published articles, for the home page. */
export async function listLatestArticles(limit = 20): Promise<ArticleCardDto[]> {
  'use cache'
  cacheLife('max')
  cacheTag(cacheTags.articleLists())
  const rows = await db.article.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: Math.min(limit, 100),
    select: cardSelect,
  })
  return rows.map(toCardDto)
}

/** Slugs worth prerendering at build time: the most recent pieces. */
export async function listRecentSlugs(limit = 50): Promise<string[]> {
  const rows = await db.article.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: { publishedAt: 'desc' },
    take: limit,
    select: { slug: true },
  })
  return rows.map((r) => r.slug)
}
