import 'server-only'
// Public listings: a section's, a tag's or an author's published articles, newest first, a page at a time.
// Cached in the data layer; article writes expire the section, tag and author tags (see tagsFor).
import { cacheLife, cacheTag } from 'next/cache'
import { db } from '@/lib/db'
import { cacheTags } from '@/lib/cache-tags'
import type { Prisma } from '@/lib/generated/prisma/client'
import { PAGE_SIZE, pageCount } from '@/lib/pagination'
import { cardSelect, mediaSelect, toCardDto, toImageDto, type ArticleCardDto, type ImageDto } from './dto'
import { tagCardDetails } from './articles'

export type ArticlePage = { articles: ArticleCardDto[]; page: number; pageCount: number; total: number }

export type SectionOwner = { id: string; name: string; slug: string; description: string }
export type TagOwner = { id: string; name: string; slug: string; description: string }
export type AuthorOwner = { id: string; name: string; slug: string; bio: string; photo: ImageDto | null }

/** Page `page` of the published articles matching `where`, newest first; null past the last page. */
async function listPage(where: Prisma.ArticleWhereInput, page: number): Promise<ArticlePage | null> {
  const published: Prisma.ArticleWhereInput = { ...where, status: 'PUBLISHED' }
  const [total, rows] = await Promise.all([
    db.article.count({ where: published }),
    db.article.findMany({
      where: published,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: cardSelect,
    }),
  ])
  const pages = pageCount(total)
  if (page > pages) return null
  const articles = rows.map(toCardDto)
  tagCardDetails(articles)
  return { articles, page, pageCount: pages, total }
}

const hasPublished = (where: Prisma.ArticleWhereInput) =>
  db.article.findFirst({ where: { ...where, status: 'PUBLISHED' }, select: { id: true } }).then(Boolean)

/** A section by slug. Sections are the site's navigation, so one with nothing in it yet still has a page. */
export async function findSection(slug: string): Promise<SectionOwner | null> {
  'use cache'
  cacheLife('published')
  const owner = await db.section.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, description: true } })
  cacheTag(owner ? cacheTags.section(owner.id) : cacheTags.sections())
  return owner
}

/**
 * A tag by slug, or null when unknown or nothing published carries it: tags typed on drafts
 * must not reveal what is being written.
 */
export async function findTag(slug: string): Promise<TagOwner | null> {
  'use cache'
  cacheLife('published')
  const owner = await db.tag.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, description: true } })
  // A missing or empty tag can only appear when an article goes live.
  if (!owner) {
    cacheTag(cacheTags.tags(), cacheTags.articleLists())
    return null
  }
  cacheTag(cacheTags.tag(owner.id))
  return (await hasPublished({ tags: { some: { tagId: owner.id } } })) ? owner : null
}

/** An author by slug, or null when unknown or nothing of theirs is published. */
export async function findAuthor(slug: string): Promise<AuthorOwner | null> {
  'use cache'
  cacheLife('published')
  const row = await db.author.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, bio: true, photo: { select: mediaSelect } } })
  if (!row) {
    cacheTag(cacheTags.authors(), cacheTags.articleLists())
    return null
  }
  cacheTag(cacheTags.author(row.id))
  if (row.photo) cacheTag(cacheTags.media(row.photo.id))
  if (!(await hasPublished({ authors: { some: { authorId: row.id } } }))) return null
  return { ...row, photo: toImageDto(row.photo) }
}

export async function listSectionArticles(sectionId: string, page: number): Promise<ArticlePage | null> {
  'use cache'
  cacheLife('published')
  cacheTag(cacheTags.section(sectionId))
  return listPage({ sectionId }, page)
}

export async function listTagArticles(tagId: string, page: number): Promise<ArticlePage | null> {
  'use cache'
  cacheLife('published')
  cacheTag(cacheTags.tag(tagId))
  return listPage({ tags: { some: { tagId } } }, page)
}

export async function listAuthorArticles(authorId: string, page: number): Promise<ArticlePage | null> {
  'use cache'
  cacheLife('published')
  cacheTag(cacheTags.author(authorId))
  return listPage({ authors: { some: { authorId } } }, page)
}

type ListingKind = 'section' | 'tag' | 'author'

/** The current slug of a section, tag or author renamed away from `oldSlug`, if any. */
export async function findListingRedirect(kind: ListingKind, oldSlug: string): Promise<string | null> {
  'use cache'
  cacheLife('published')
  cacheTag(cacheTags.redirects(), kind === 'section' ? cacheTags.sections() : kind === 'tag' ? cacheTags.tags() : cacheTags.authors())
  const redirect = await db.slugRedirect.findUnique({ where: { kind_oldSlug: { kind, oldSlug } }, select: { targetId: true } })
  if (!redirect) return null
  const where = { where: { id: redirect.targetId }, select: { slug: true } }
  const target =
    kind === 'section' ? await db.section.findUnique(where) : kind === 'tag' ? await db.tag.findUnique(where) : await db.author.findUnique(where)
  cacheTag(kind === 'section' ? cacheTags.section(redirect.targetId) : kind === 'tag' ? cacheTags.tag(redirect.targetId) : cacheTags.author(redirect.targetId))
  return target && target.slug !== oldSlug ? target.slug : null
}
