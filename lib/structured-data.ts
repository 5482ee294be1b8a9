// schema.org JSON-LD for search engines: NewsArticle on article pages, WebSite on the home page.

export type NewsArticleInput = {
  url: string
  headline: string
  description: string
  image: { url: string; width: number; height: number } | null
  datePublished: Date
  dateModified: Date
  authors: { name: string; url: string }[]
  section: string | null
  keywords: string[]
  publisher: { name: string; url: string; logo: { url: string; width: number; height: number } }
}

export function newsArticleJsonLd(a: NewsArticleInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    url: a.url,
    // Google truncates longer headlines; the full one is still the page's h1.
    headline: a.headline.length > 110 ? `${a.headline.slice(0, 109)}…` : a.headline,
    description: a.description,
    ...(a.image ? { image: [{ '@type': 'ImageObject', url: a.image.url, width: a.image.width, height: a.image.height }] } : {}),
    datePublished: a.datePublished.toISOString(),
    dateModified: a.dateModified.toISOString(),
    author: a.authors.map((p) => ({ '@type': 'Person', name: p.name, url: p.url })),
    ...(a.section ? { articleSection: a.section } : {}),
    ...(a.keywords.length ? { keywords: a.keywords } : {}),
    isAccessibleForFree: true,
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: a.publisher.name,
      url: a.publisher.url,
      logo: { '@type': 'ImageObject', url: a.publisher.logo.url, width: a.publisher.logo.width, height: a.publisher.logo.height },
    },
  }
}

export function webSiteJsonLd(site: { name: string; url: string; description: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: site.url,
    description: site.description,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${site.url.replace(/\/$/, '')}/search?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  }
}

/**
 * JSON for a <script type="application/ld+json"> element. "<", ">" and "&" are written as
 * Unicode escapes so a headline containing "</script>" cannot end the element early.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
