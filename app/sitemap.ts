import type { MetadataRoute } from 'next'
import { countArticleSitemaps, listSitemapArticles, listSitemapPages } from '@/lib/data/sitemap'
import { absoluteUrl } from '@/lib/seo'

// Split so the archive can grow past 100,000 articles: /sitemap/pages.xml for home, sections,
// tags and authors, then /sitemap/articles-0.xml, articles-1.xml … 10,000 articles each.
// /sitemap_index.xml lists them all, and robots.txt points there.

export async function generateSitemaps() {
  const files = await countArticleSitemaps()
  return [{ id: 'pages' }, ...Array.from({ length: files }, (_, i) => ({ id: `articles-${i}` }))]
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const which = await id
  const chunk = /^articles-(\d+)$/.exec(which)
  const entries = which === 'pages' ? await listSitemapPages() : chunk ? await listSitemapArticles(Number(chunk[1])) : []
  return entries.map((e) => ({ url: absoluteUrl(e.path), lastModified: e.lastModified }))
}
