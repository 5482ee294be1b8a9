import 'server-only'
// What the XML sitemaps list: every published article, and every section, tag and author with something published.
import { cacheLife, cacheTag } from 'next/cache'
import { db } from '@/lib/db'
import { cacheTags } from '@/lib/cache-tags'
import { wholeNumberArg } from './cached-args'

/** Articles per sitemap file; the protocol allows 50,000 URLs and 50 MB. */
export const SITEMAP_CHUNK = 10_000

export type SitemapEntry = { path: string; lastModified: Date }

/** How many article sitemap files there are (at least one, so the index never points nowhere). */
export async function countArticleSitemaps(): Promise<number> {
  'use cache'
  cacheLife('published')
  cacheTag(cacheTags.articleLists())
  const total = await db.article.count({ where: { status: 'PUBLISHED' } })
  return Math.max(1, Math.ceil(total / SITEMAP_CHUNK))
}

/**
 * Article sitemap file `chunk` (0-based), oldest first, so earlier files stay stable as the
 * archive grows and only the newest one changes with each publication.
 */
export async function listSitemapArticles(chunk: number): Promise<SitemapEntry[]> {
  'use cache'
  cacheLife('published')
  cacheTag(cacheTags.articleLists())
  if (wholeNumberArg(chunk, 0, 100_000) === null) return []
  const rows = await db.article.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
    skip: chunk * SITEMAP_CHUNK,
    take: SITEMAP_CHUNK,
    select: { slug: true, publishedAt: true, contentUpdatedAt: true },
  })
  return rows.map((r) => ({ path: `/article/${r.slug}`, lastModified: r.contentUpdatedAt ?? r.publishedAt ?? new Date(0) }))
}

/** Home, sections, tags and authors, each last modified when its newest article was published or corrected. */
export async function listSitemapPages(): Promise<SitemapEntry[]> {
  'use cache'
  cacheLife('published')
  cacheTag(cacheTags.articleLists(), cacheTags.sections(), cacheTags.tags(), cacheTags.authors())
  const [home, sections, tags, authors] = await Promise.all([
    db.$queryRaw<{ modified: Date | null }[]>`
      SELECT max(COALESCE("contentUpdatedAt", "publishedAt")) AS modified FROM "Article" WHERE status = 'PUBLISHED'`,
    db.$queryRaw<{ slug: string; modified: Date }[]>`
      SELECT s.slug, GREATEST(s."updatedAt", max(COALESCE(a."contentUpdatedAt", a."publishedAt"))) AS modified
        FROM "Section" s LEFT JOIN "Article" a ON a."sectionId" = s.id AND a.status = 'PUBLISHED'
       GROUP BY s.id ORDER BY s.position, s.name`,
    db.$queryRaw<{ slug: string; modified: Date }[]>`
      SELECT t.slug, max(COALESCE(a."contentUpdatedAt", a."publishedAt")) AS modified
        FROM "Tag" t JOIN "ArticleTag" x ON x."tagId" = t.id JOIN "Article" a ON a.id = x."articleId" AND a.status = 'PUBLISHED'
       GROUP BY t.id ORDER BY t.slug`,
    db.$queryRaw<{ slug: string; modified: Date }[]>`
      SELECT au.slug, max(COALESCE(a."contentUpdatedAt", a."publishedAt")) AS modified
        FROM "Author" au JOIN "ArticleAuthor" x ON x."authorId" = au.id JOIN "Article" a ON a.id = x."articleId" AND a.status = 'PUBLISHED'
       GROUP BY au.id ORDER BY au.slug`,
  ])
  return [
    { path: '/', lastModified: home[0]?.modified ?? new Date(0) },
    ...sections.map((s) => ({ path: `/section/${s.slug}`, lastModified: s.modified })),
    ...tags.map((t) => ({ path: `/tag/${t.slug}`, lastModified: t.modified })),
    ...authors.map((a) => ({ path: `/author/${a.slug}`, lastModified: a.modified })),
  ]
}
