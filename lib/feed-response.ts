import 'server-only'
// Turns a feed from lib/data/feeds into an RSS 2.0 response: absolute URLs from SITE_URL, dated
// corrections in each corrected item, full text or summary as the site settings say.
import type { Feed, FeedArticle } from '@/lib/data/feeds'
import type { SiteSettingsDto } from '@/lib/data/settings'
import { formatDate } from '@/lib/format'
import { absolutizeHtml, articleGuid, buildRss, escapeXml, type RssItem } from '@/lib/rss'
import { absoluteUrl, LOGO } from '@/lib/seo'
import { env } from '@/lib/env'

function correctionLine(article: FeedArticle): string | null {
  if (!article.correction) return null
  return `Correction${article.correctionAt ? `, ${formatDate(article.correctionAt)}` : ''}: ${article.correction}`
}

function toItem(article: FeedArticle, fullText: boolean): RssItem {
  const correction = correctionLine(article)
  return {
    guid: articleGuid(env.SITE_URL, article.id),
    title: article.headline,
    link: absoluteUrl(`/article/${article.slug}`),
    summary: [article.standfirst, correction].filter(Boolean).join('\n\n'),
    contentHtml: fullText
      ? `${correction ? `<p><strong>${escapeXml(correction)}</strong></p>` : ''}${absolutizeHtml(article.bodyHtml, env.SITE_URL)}`
      : null,
    publishedAt: article.publishedAt,
    authors: article.authors,
    categories: [...(article.section ? [article.section] : []), ...article.tags],
    image: article.hero
      ? {
          url: absoluteUrl(article.hero.src),
          type: article.hero.mimeType,
          length: article.hero.bytes,
          width: article.hero.width,
          height: article.hero.height,
          alt: article.hero.alt,
          credit: article.hero.credit,
        }
      : null,
  }
}

export function feedResponse(feed: Feed | null, settings: SiteSettingsDto, selfPath: string): Response {
  if (!feed) return new Response('No such feed.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const newest = feed.articles.reduce<Date | null>((max, a) => {
    const changed = a.updatedAt && a.updatedAt > a.publishedAt ? a.updatedAt : a.publishedAt
    return !max || changed > max ? changed : max
  }, null)
  const xml = buildRss({
    title: feed.name ? `${settings.siteName}: ${feed.name}` : settings.siteName,
    description: feed.description || (feed.name ? `The latest from ${settings.siteName}: ${feed.name}.` : settings.tagline || settings.siteName),
    link: absoluteUrl(feed.path),
    selfUrl: absoluteUrl(selfPath),
    imageUrl: absoluteUrl(LOGO.path),
    siteName: settings.siteName,
    language: 'en-gb',
    lastBuildDate: newest,
    items: feed.articles.map((a) => toItem(a, settings.feedFullText)),
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
