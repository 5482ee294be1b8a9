import 'server-only'
// Shapes handed from the data layer to pages, and the Prisma selections that fill them.
import type { Prisma } from '@/lib/generated/prisma/client'

export const mediaSelect = {
  id: true,
  storageKey: true,
  width: true,
  height: true,
  altText: true,
  caption: true,
  credit: true,
  source: true,
  licenceName: true,
  licenceUrl: true,
} satisfies Prisma.MediaSelect

type MediaRow = Prisma.MediaGetPayload<{ select: typeof mediaSelect }>

export type ImageDto = {
  id: string
  src: string
  width: number
  height: number
  alt: string
  caption: string
  credit: string
  source: string
  licenceName: string
  licenceUrl: string
}

export const mediaUrl = (storageKey: string) => `/media/${storageKey}`

export function toImageDto(media: MediaRow | null | undefined): ImageDto | null {
  if (!media) return null
  return {
    id: media.id,
    src: mediaUrl(media.storageKey),
    width: media.width,
    height: media.height,
    alt: media.altText,
    caption: media.caption,
    credit: media.credit,
    source: media.source,
    licenceName: media.licenceName,
    licenceUrl: media.licenceUrl,
  }
}

export const cardSelect = {
  id: true,
  slug: true,
  headline: true,
  standfirst: true,
  publishedAt: true,
  wordCount: true,
  section: { select: { id: true, name: true, slug: true } },
  heroImage: { select: mediaSelect },
  authors: { orderBy: { position: 'asc' }, select: { author: { select: { id: true, name: true, slug: true } } } },
} satisfies Prisma.ArticleSelect

type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>

export type ArticleCardDto = {
  id: string
  slug: string
  headline: string
  standfirst: string
  publishedAt: Date | null
  readingMinutes: number
  section: { id: string; name: string; slug: string } | null
  hero: ImageDto | null
  authors: { id: string; name: string; slug: string }[]
}

export function toCardDto(row: CardRow): ArticleCardDto {
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    standfirst: row.standfirst,
    publishedAt: row.publishedAt,
    readingMinutes: Math.max(1, Math.round(row.wordCount / 230)),
    section: row.section,
    hero: toImageDto(row.heroImage),
    authors: row.authors.map((a) => a.author),
  }
}

/** Everything the reader's article page shows: the public page and the staff preview share it. */
export const readerArticleSelect = {
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
} satisfies Prisma.ArticleSelect

type ReaderArticleRow = Prisma.ArticleGetPayload<{ select: typeof readerArticleSelect }>

export type ReaderArticleDto = {
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

/**
 * The row as a reader sees it. A piece not yet published has no date of its own; the preview
 * passes the one it will most likely carry, and shows no "updated" line.
 */
export function toReaderArticle(row: ReaderArticleRow, datedAs?: Date): ReaderArticleDto {
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    standfirst: row.standfirst,
    bodyHtml: row.bodyHtml,
    wordCount: row.wordCount,
    publishedAt: row.publishedAt ?? datedAs ?? new Date(),
    updatedAt: row.publishedAt ? row.contentUpdatedAt : null,
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
