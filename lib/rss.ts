// RSS 2.0 documents for the site, section, tag and author feeds. Pure: the route handlers
// pass in published articles and absolute URLs; everything a writer typed is escaped here.
import { escapeHtml } from '@/lib/escape-html'

export type RssImage = { url: string; type: string; length: number; width: number; height: number; alt: string; credit: string }

export type RssItem = {
  guid: string
  title: string
  link: string
  /** Plain text: the standfirst, with any correction appended. */
  summary: string
  /** Full sanitised HTML with absolute URLs, or null when the site publishes summaries only. */
  contentHtml: string | null
  publishedAt: Date
  authors: string[]
  categories: string[]
  image: RssImage | null
}

export type RssChannel = {
  title: string
  description: string
  /** The HTML page this feed mirrors. */
  link: string
  /** The feed's own URL (atom:link rel="self"). */
  selfUrl: string
  imageUrl: string
  siteName: string
  language: string
  /** Newest change among the items; omitted when the feed is empty. */
  lastBuildDate: Date | null
  items: RssItem[]
}

// XML 1.0 forbids most control characters, even escaped; a stray one would make the feed unreadable.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** A CDATA section that stays one even when the text contains "]]>". */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(INVALID_XML, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
}

/** RFC 822 date-time as RSS 2.0 wants it, e.g. "Sat, 28 Nov 2026 18:40:00 GMT". */
export const rfc822 = (date: Date) => date.toUTCString()

/**
 * Makes root-relative links and images absolute and drops srcset/sizes (they point at the
 * site's image optimiser, which feed readers do not need).
 */
export function absolutizeHtml(html: string, siteUrl: string): string {
  const base = siteUrl.replace(/\/$/, '')
  return html
    .replace(/\s(?:srcset|sizes)="[^"]*"/g, '')
    .replace(/\s(href|src)="\/(?!\/)/g, (_m, attr: string) => ` ${attr}="${base}/`)
}

function element(name: string, value: string, attrs = ''): string {
  return `<${name}${attrs}>${escapeXml(value)}</${name}>`
}

/** Plain text as HTML paragraphs (a blank line starts a new one), every character shown as typed. */
export const summaryHtml = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('')

function itemXml(item: RssItem): string {
  const lines = [
    element('title', item.title),
    element('link', item.link),
    element('guid', item.guid, ' isPermaLink="false"'),
    element('pubDate', rfc822(item.publishedAt)),
    ...item.authors.map((name) => element('dc:creator', name)),
    ...item.categories.map((name) => element('category', name)),
    // Feed readers show an item's description as HTML: the plain summary goes in as text.
    `<description>${cdata(summaryHtml(item.summary))}</description>`,
    ...(item.contentHtml !== null ? [`<content:encoded>${cdata(item.contentHtml)}</content:encoded>`] : []),
  ]
  if (item.image) {
    const img = item.image
    lines.push(`<enclosure url="${escapeXml(img.url)}" length="${img.length}" type="${escapeXml(img.type)}"/>`)
    lines.push(
      `<media:content url="${escapeXml(img.url)}" medium="image" type="${escapeXml(img.type)}" width="${img.width}" height="${img.height}">` +
        (img.alt ? `<media:description type="plain">${escapeXml(img.alt)}</media:description>` : '') +
        (img.credit ? `<media:credit>${escapeXml(img.credit)}</media:credit>` : '') +
        '</media:content>',
    )
  }
  return `<item>\n      ${lines.join('\n      ')}\n    </item>`
}

export function buildRss(channel: RssChannel): string {
  const head = [
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    element('language', channel.language),
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(channel.lastBuildDate ? [element('lastBuildDate', rfc822(channel.lastBuildDate))] : []),
    `<image>${element('url', channel.imageUrl)}${element('title', channel.title)}${element('link', channel.link)}</image>`,
  ]
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    '  <channel>',
    `    ${head.join('\n    ')}`,
    ...channel.items.map((item) => `    ${itemXml(item)}`),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n')
}

/** The feed's GUID for an article: stable across renames, unique per site (RFC 4151 tag URI). */
export function articleGuid(siteUrl: string, articleId: string): string {
  return `tag:${new URL(siteUrl).hostname},2026:article:${articleId}`
}
