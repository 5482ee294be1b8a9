import { countArticleSitemaps } from '@/lib/data/sitemap'
import { escapeXml } from '@/lib/rss'
import { absoluteUrl } from '@/lib/seo'

/** The sitemap index: every file app/sitemap.ts generates, so crawlers need one URL. */
export async function GET() {
  const files = await countArticleSitemaps()
  const ids = ['pages', ...Array.from({ length: files }, (_, i) => `articles-${i}`)]
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...ids.map((id) => `  <sitemap><loc>${escapeXml(absoluteUrl(`/sitemap/${id}.xml`))}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n')
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
