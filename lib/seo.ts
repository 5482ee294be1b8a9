import 'server-only'
// Per-page metadata for the public site: title, description, canonical URL, feeds, Open Graph
// and Twitter cards. URLs are absolute, from SITE_URL.
import type { Metadata } from 'next'
import { env } from '@/lib/env'

export const absoluteUrl = (path: string) => (/^https?:\/\//.test(path) ? path : `${env.SITE_URL}${path.startsWith('/') ? '' : '/'}${path}`)

export const SITE_FEED = { title: 'All articles', path: '/feed.xml' }

/** The publisher logo (public/logo.png): for JSON-LD and for pages without a picture of their own. */
export const LOGO = { path: '/logo.png', width: 600, height: 120 }

type PageMeta = {
  title: string
  description: string
  /** Canonical path, e.g. "/tag/nhs?page=2". */
  path: string
  siteName: string
  /** Feeds to advertise besides the site's own. */
  feeds?: { title: string; path: string }[]
  image?: { url: string; width: number; height: number; alt: string } | null
  type?: 'website' | 'article' | 'profile'
  /** Extra Open Graph fields for articles. */
  article?: { publishedTime: string; modifiedTime: string; section?: string; authors: string[]; tags: string[] }
  noIndex?: boolean
}

export function pageMetadata(meta: PageMeta): Metadata {
  const url = absoluteUrl(meta.path)
  const image = meta.image ?? { url: LOGO.path, width: LOGO.width, height: LOGO.height, alt: meta.siteName }
  const images = [{ url: absoluteUrl(image.url), width: image.width, height: image.height, alt: image.alt }]
  const feeds = [...(meta.feeds ?? []), SITE_FEED].map((f) => ({ title: `${meta.siteName}: ${f.title}`, url: absoluteUrl(f.path) }))
  return {
    title: meta.title,
    description: meta.description,
    alternates: { canonical: url, types: { 'application/rss+xml': feeds } },
    openGraph: {
      type: meta.type ?? 'website',
      url,
      siteName: meta.siteName,
      title: meta.title,
      description: meta.description,
      locale: 'en_GB',
      images,
      ...(meta.article
        ? {
            publishedTime: meta.article.publishedTime,
            modifiedTime: meta.article.modifiedTime,
            section: meta.article.section,
            authors: meta.article.authors,
            tags: meta.article.tags,
          }
        : {}),
    },
    twitter: {
      card: meta.image ? 'summary_large_image' : 'summary',
      title: meta.title,
      description: meta.description,
      images: images.map((i) => ({ url: i.url, alt: i.alt })),
    },
    ...(meta.noIndex ? { robots: { index: false, follow: true } } : {}),
  }
}

/** "News", "News (page 2)". */
export const pagedTitle = (title: string, page: number) => (page > 1 ? `${title} (page ${page})` : title)
