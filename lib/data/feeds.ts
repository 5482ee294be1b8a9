import 'server-only'
import { textArg } from './cached-args'
// What the RSS feeds carry: the newest published articles of the site, a section, a tag or an author.
import { cacheLife, cacheTag } from 'next/cache'
import { db } from '@/lib/db'
import { cacheTags } from '@/lib/cache-tags'
import type { Prisma } from '@/lib/generated/prisma/client'
import { mediaUrl } from './dto'

export const FEED_SIZE = 20

export type FeedScope = { kind: 'site' } | { kind: 'section' | 'tag' | 'author'; slug: string }

const feedSelect = {
  id: true,
  slug: true,
  headline: true,
  standfirst: true,
  bodyHtml: true,
  publishedAt: true,
  contentUpdatedAt: true,
  correction: true,
  correctionAt: true,
  section: { select: { id: true, name: true } },
  heroImage: { select: { id: true, storageKey: true, mimeType: true, bytes: true, width: true, height: true, altText: true, credit: true, source: true } },
  authors: { orderBy: { position: 'asc' }, select: { author: { select: { id: true, name: true } } } },
  tags: { orderBy: { tag: { name: 'asc' } }, select: { tag: { select: { id: true, name: true } } } },
} satisfies Prisma.ArticleSelect

type FeedRow = Prisma.ArticleGetPayload<{ select: typeof feedSelect }>

function toFeedArticle(row: FeedRow) {
  const hero = row.heroImage
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    standfirst: row.standfirst,
    bodyHtml: row.bodyHtml,
    publishedAt: row.publishedAt ?? new Date(0),
    updatedAt: row.contentUpdatedAt,
    correction: row.correction,
    correctionAt: row.correctionAt,
    section: row.section?.name ?? null,
    authors: row.authors.map((a) => a.author.name),
    tags: row.tags.map((t) => t.tag.name),
    hero: hero
      ? {
          src: mediaUrl(hero.storageKey),
          mimeType: hero.mimeType,
          bytes: hero.bytes,
          width: hero.width,
          height: hero.height,
          alt: hero.altText,
          credit: [hero.credit, hero.source].filter(Boolean).join(' / '),
        }
      : null,
  }
}

export type FeedArticle = ReturnType<typeof toFeedArticle>

export type Feed = {
  /** Null for the whole site; otherwise the section, tag or author's name. */
  name: string | null
  description: string
  /** The HTML page the feed mirrors, site-relative. */
  path: string
  articles: FeedArticle[]
}

/** A feed's newest articles, or null when the section, tag or author is unknown (or has nothing published). */
export async function getFeed(scope: FeedScope): Promise<Feed | null> {
  'use cache'
  cacheLife('published')
  if (typeof scope !== 'object' || scope === null || !['site', 'section', 'tag', 'author'].includes(scope.kind)) return null
  if (scope.kind !== 'site' && textArg(scope.slug) === null) return null
  let owner: { name: string; description: string; path: string; where: Prisma.ArticleWhereInput } | null = null
  if (scope.kind === 'site') {
    cacheTag(cacheTags.articleLists())
    owner = { name: '', description: '', path: '/', where: {} }
  } else if (scope.kind === 'section') {
    const s = await db.section.findUnique({ where: { slug: scope.slug }, select: { id: true, name: true, description: true } })
    cacheTag(s ? cacheTags.section(s.id) : cacheTags.sections())
    if (s) owner = { name: s.name, description: s.description, path: `/section/${scope.slug}`, where: { sectionId: s.id } }
  } else if (scope.kind === 'tag') {
    const t = await db.tag.findUnique({ where: { slug: scope.slug }, select: { id: true, name: true, description: true } })
    cacheTag(t ? cacheTags.tag(t.id) : cacheTags.tags(), cacheTags.articleLists())
    // A tag's or an author's newest come from its own index range (migration listing_indexes), not a walk of the archive.
    if (t) {
      const links = await db.articleTag.findMany({ where: { tagId: t.id, published: true }, orderBy: [{ publishedAt: 'desc' }, { articleId: 'desc' }], take: FEED_SIZE, select: { articleId: true } })
      owner = { name: t.name, description: t.description, path: `/tag/${scope.slug}`, where: { id: { in: links.map((l) => l.articleId) } } }
    }
  } else {
    const a = await db.author.findUnique({ where: { slug: scope.slug }, select: { id: true, name: true, bio: true } })
    cacheTag(a ? cacheTags.author(a.id) : cacheTags.authors(), cacheTags.articleLists())
    if (a) {
      const links = await db.articleAuthor.findMany({ where: { authorId: a.id, published: true }, orderBy: [{ publishedAt: 'desc' }, { articleId: 'desc' }], take: FEED_SIZE, select: { articleId: true } })
      owner = { name: a.name, description: a.bio, path: `/author/${scope.slug}`, where: { id: { in: links.map((l) => l.articleId) } } }
    }
  }
  if (!owner) return null
  const rows = await db.article.findMany({
    where: { ...owner.where, status: 'PUBLISHED' },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: FEED_SIZE,
    select: feedSelect,
  })
  // Tag and author feeds exist only once something is published under them, like their pages.
  if (!rows.length && (scope.kind === 'tag' || scope.kind === 'author')) return null
  const shown = new Set<string>()
  for (const row of rows) {
    row.authors.forEach((a) => shown.add(cacheTags.author(a.author.id)))
    row.tags.forEach((t) => shown.add(cacheTags.tag(t.tag.id)))
    if (row.section) shown.add(cacheTags.section(row.section.id))
    if (row.heroImage) shown.add(cacheTags.media(row.heroImage.id))
  }
  const list = [...shown]
  for (let i = 0; i < list.length; i += 100) cacheTag(...list.slice(i, i + 100))
  return { name: scope.kind === 'site' ? null : owner.name, description: owner.description, path: owner.path, articles: rows.map(toFeedArticle) }
}
