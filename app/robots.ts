import type { MetadataRoute } from 'next'
import { absoluteUrl } from '@/lib/seo'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        // Staff pages are behind a login anyway. Search result pages carry noindex instead,
        // which crawlers can only see if they may fetch them.
        disallow: ['/admin', '/login', '/api/'],
      },
    ],
    sitemap: absoluteUrl('/sitemap_index.xml'),
  }
}
