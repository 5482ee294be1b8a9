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

export type Listing<Owner> = {
  owner: Owner
  articles: ArticleCardDto[]
  page: number
  pageCount: number
  total: number
}

export type SectionOwner = { id: string; name: string; slug: string; description: string }
export type TagOwner = { id: string; name: string; slug: string; description: string }
export type AuthorOwner = { id: string; name: string; slug: string; bio: string; photo: ImageDto | null }

async function listPage(where: Prisma.ArticleWhereInput, page: number) {
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
  const articles = rows.map(toCardDto)
  tagCardDetails(articles)
  return { total, articles, pageCount: pageCount(total) }
}

/**
 * A section's page `page`, or null for an unknown section or a page past the end.
 * An empty section still has a page 1: sections are the site's navigation.
 */
export async function getSectionListing(slug: string, page: number): Promise<Listing<SectionOwner> | null> {
  'use cache'
  cacheLife('max')
  const owner = await db.section.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, description: true } })
  if (!owner) {
    cacheTag(cacheTags.sections())
    return null
  }
  cacheTag(cacheTags.section(owner.id))
  const result = await listPage({ sectionId: owner.id }, page)
  if (page > result.pageCount) return null
  return { owner, page, ...result }
}

/**
 * A tag's page `page`, or null for an unknown tag, a tag with nothing published under it
 * (tags typed on drafts must not reveal what is being written) or a page past the end.
 */
export async function getTagListing(slug: string, page: number): Promise<Listing<TagOwner> | null> {
  'use cache'
  cacheLife('max')
  const owner = await db.tag.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, description: true } })
  // Until something is published under it, this answer changes only when an article goes live.
  if (!owner) {
    cacheTag(cacheTags.tags(), cacheTags.articleLists())
    return null
  }
  cacheTag(cacheTags.tag(owner.id))
  const result = await listPage({ tags: { some: { tagId: owner.id } } }, page)
  if (result.total === 0 || page > result.pageCount) return null
  return { owner, page, ...result }
}

/** An author's page `page`, or null for an unknown author, one with nothing published, or a page past the end. */
export async function getAuthorListing(slug: string, page: number): Promise<Listing<AuthorOwner> | null> {
  'use cache'
  cacheLife('max')
  const row = await db.author.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, bio: true, photo: { select: mediaSelect } } })
  if (!row) {
    cacheTag(cacheTags.authors(), cacheTags.articleLists())
    return null
  }
  cacheTag(cacheTags.author(row.id))
  if (row.photo) cacheTag(cacheTags.media(row.photo.id))
  const result = await listPage({ authors: { some: { authorId: row.id } } }, page)
  if (result.total === 0 || page > result.pageCount) return null
  return { owner: { ...row, photo: toImageDto(row.photo) }, page, ...result }
}

type ListingKind = 'section' | 'tag' | 'author'

/** The current slug of a section, tag or author renamed away from `oldSlug`, if any. */
export async function findListingRedirect(kind: ListingKind, oldSlug: string): Promise<string | null> {
  'use cache'
  cacheLife('max')
  cacheTag(cacheTags.redirects(), kind === 'section' ? cacheTags.sections() : kind === 'tag' ? cacheTags.tags() : cacheTags.authors())
  const redirect = await db.slugRedirect.findUnique({ where: { kind_oldSlug: { kind, oldSlug } }, select: { targetId: true } })
  if (!redirect) return null
  const where = { where: { id: redirect.targetId }, select: { slug: true } }
  const target =
    kind === 'section' ? await db.section.findUnique(where) : kind === 'tag' ? await db.tag.findUnique(where) : await db.author.findUnique(where)
  cacheTag(kind === 'section' ? cacheTags.section(redirect.targetId) : kind === 'tag' ? cacheTags.tag(redirect.targetId) : cacheTags.author(redirect.targetId))
  return target && target.slug !== oldSlug ? target.slug : null
}
