import 'server-only'
import { textArg, wholeNumberArg } from './cached-args'
// Public listings: a section's, a tag's or an author's published articles, newest first, a page at a time.
// Cached in the data layer; article writes expire the section, tag and author tags (see tagsFor).
import { cacheLife, cacheTag } from 'next/cache'
import { db } from '@/lib/db'
import { cacheTags } from '@/lib/cache-tags'
import { PAGE_SIZE, pageCount } from '@/lib/pagination'
import { lowerCasedSlug } from '@/lib/slug'
import { cardSelect, mediaSelect, toCardDto, toImageDto, type ArticleCardDto, type ImageDto } from './dto'
import { tagCardDetails } from './articles'

export type ArticlePage = { articles: ArticleCardDto[]; page: number; pageCount: number; total: number }

export type SectionOwner = { id: string; name: string; slug: string; description: string }
export type TagOwner = { id: string; name: string; slug: string; description: string }
export type AuthorOwner = { id: string; name: string; slug: string; bio: string; photo: ImageDto | null }

type Listing = { kind: 'section' | 'tag' | 'author'; id: string }

/**
 * One page of a listing's article ids, newest first, and how many there are. Each is a
 * range of one index: a tag's or an author's rows carry their article's status and date
 * (copied by triggers, migration listing_indexes), so neither walks the published archive
 * probing the join table; a section's is (sectionId, status, publishedAt, id) on Article.
 * Only ids come from the range, so a deep page skips index entries, not table rows.
 */
async function listingIds(listing: Listing, page: number): Promise<{ ids: string[]; total: number }> {
  const skip = (page - 1) * PAGE_SIZE
  if (listing.kind === 'section') {
    const where = { sectionId: listing.id, status: 'PUBLISHED' } as const
    const [total, rows] = await Promise.all([
      countListing(listing),
      db.article.findMany({ where, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], skip, take: PAGE_SIZE, select: { id: true } }),
    ])
    return { ids: rows.map((r) => r.id), total }
  }
  const order = [{ publishedAt: 'desc' }, { articleId: 'desc' }] as const
  const [total, rows] = await Promise.all([
    countListing(listing),
    listing.kind === 'tag'
      ? db.articleTag.findMany({ where: { tagId: listing.id, published: true }, orderBy: [...order], skip, take: PAGE_SIZE, select: { articleId: true } })
      : db.articleAuthor.findMany({ where: { authorId: listing.id, published: true }, orderBy: [...order], skip, take: PAGE_SIZE, select: { articleId: true } }),
  ])
  return { ids: rows.map((r) => r.articleId), total }
}

const isListing = (value: unknown): value is Listing =>
  typeof value === 'object' && value !== null && ['section', 'tag', 'author'].includes((value as Listing).kind) && textArg((value as Listing).id) !== null

/** How many published pieces a listing has: counted from its index alone, once per change rather than once per page. */
async function countListing(listing: Listing): Promise<number> {
  'use cache'
  cacheLife('published')
  if (!isListing(listing)) return 0
  cacheTag(listing.kind === 'section' ? cacheTags.section(listing.id) : listing.kind === 'tag' ? cacheTags.tag(listing.id) : cacheTags.author(listing.id))
  if (listing.kind === 'section') return db.article.count({ where: { sectionId: listing.id, status: 'PUBLISHED' } })
  if (listing.kind === 'tag') return db.articleTag.count({ where: { tagId: listing.id, published: true } })
  return db.articleAuthor.count({ where: { authorId: listing.id, published: true } })
}

/** Page `page` of a listing's published articles, newest first; null past the last page. */
async function listPage(listing: Listing, page: number): Promise<ArticlePage | null> {
  const { ids, total } = await listingIds(listing, page)
  const pages = pageCount(total)
  if (page > pages) return null
  const rows = ids.length ? await db.article.findMany({ where: { id: { in: ids } }, select: cardSelect }) : []
  const byId = new Map(rows.map((r) => [r.id, r]))
  const articles = ids.flatMap((id) => {
    const row = byId.get(id)
    return row ? [toCardDto(row)] : []
  })
  tagCardDetails(articles)
  return { articles, page, pageCount: pages, total }
}

/** A section by slug. Sections are the site's navigation, so one with nothing in it yet still has a page. */
export async function findSection(slug: string): Promise<SectionOwner | null> {
  'use cache'
  cacheLife('published')
  if (textArg(slug) === null) return null
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
  if (textArg(slug) === null) return null
  const owner = await db.tag.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, description: true } })
  // A missing or empty tag can only appear when an article goes live.
  if (!owner) {
    cacheTag(cacheTags.tags(), cacheTags.articleLists())
    return null
  }
  cacheTag(cacheTags.tag(owner.id))
  const published = await db.articleTag.findFirst({ where: { tagId: owner.id, published: true }, select: { articleId: true } })
  return published ? owner : null
}

/** An author by slug, or null when unknown or nothing of theirs is published. */
export async function findAuthor(slug: string): Promise<AuthorOwner | null> {
  'use cache'
  cacheLife('published')
  if (textArg(slug) === null) return null
  const row = await db.author.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, bio: true, photo: { select: mediaSelect } } })
  if (!row) {
    cacheTag(cacheTags.authors(), cacheTags.articleLists())
    return null
  }
  cacheTag(cacheTags.author(row.id))
  if (row.photo) cacheTag(cacheTags.media(row.photo.id))
  if (!(await db.articleAuthor.findFirst({ where: { authorId: row.id, published: true }, select: { articleId: true } }))) return null
  return { ...row, photo: toImageDto(row.photo) }
}

export async function listSectionArticles(sectionId: string, page: number): Promise<ArticlePage | null> {
  'use cache'
  cacheLife('published')
  if (textArg(sectionId) === null || wholeNumberArg(page, 1, 100_000) === null) return null
  cacheTag(cacheTags.section(sectionId))
  return listPage({ kind: 'section', id: sectionId }, page)
}

export async function listTagArticles(tagId: string, page: number): Promise<ArticlePage | null> {
  'use cache'
  cacheLife('published')
  if (textArg(tagId) === null || wholeNumberArg(page, 1, 100_000) === null) return null
  cacheTag(cacheTags.tag(tagId))
  return listPage({ kind: 'tag', id: tagId }, page)
}

export async function listAuthorArticles(authorId: string, page: number): Promise<ArticlePage | null> {
  'use cache'
  cacheLife('published')
  if (textArg(authorId) === null || wholeNumberArg(page, 1, 100_000) === null) return null
  cacheTag(cacheTags.author(authorId))
  return listPage({ kind: 'author', id: authorId }, page)
}

export type ListingKind = 'section' | 'tag' | 'author'

/**
 * Where a listing asked for by an address that is not its own now lives, in one hop: the slug it
 * was renamed to (asked for in any capitals), or the address in lower case. Null when neither.
 */
export async function movedListingSlug(kind: ListingKind, slug: string): Promise<string | null> {
  const lower = lowerCasedSlug(slug)
  return (await findListingRedirect(kind, lower ?? slug)) ?? lower
}

/** The current slug of a section, tag or author renamed away from `oldSlug`, if any. */
export async function findListingRedirect(kind: ListingKind, oldSlug: string): Promise<string | null> {
  'use cache'
  cacheLife('published')
  if (!['section', 'tag', 'author'].includes(kind) || textArg(oldSlug) === null) return null
  cacheTag(cacheTags.redirects(), kind === 'section' ? cacheTags.sections() : kind === 'tag' ? cacheTags.tags() : cacheTags.authors())
  const redirect = await db.slugRedirect.findUnique({ where: { kind_oldSlug: { kind, oldSlug } }, select: { targetId: true } })
  if (!redirect) return null
  const where = { where: { id: redirect.targetId }, select: { slug: true } }
  const target =
    kind === 'section' ? await db.section.findUnique(where) : kind === 'tag' ? await db.tag.findUnique(where) : await db.author.findUnique(where)
  cacheTag(kind === 'section' ? cacheTags.section(redirect.targetId) : kind === 'tag' ? cacheTags.tag(redirect.targetId) : cacheTags.author(redirect.targetId))
  return target && target.slug !== oldSlug ? target.slug : null
}
