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
