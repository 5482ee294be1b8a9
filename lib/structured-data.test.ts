import { describe, expect, it } from 'vitest'
import { newsArticleJsonLd, serializeJsonLd, webSiteJsonLd } from './structured-data'
import { shareLinks } from './share-links'

const input = {
  url: 'https://example.org/article/x',
  headline: 'Strikers </script><script>alert(1)</script> win',
  description: 'A standfirst',
  image: { url: 'https://example.org/media/x.jpg', width: 1600, height: 900 },
  datePublished: new Date('2026-11-01T10:00:00Z'),
  dateModified: new Date('2026-11-02T10:00:00Z'),
  authors: [{ name: 'Maya Brennan', url: 'https://example.org/author/maya-brennan' }],
  section: 'News',
  keywords: ['Strikes'],
  publisher: { name: 'Broadside', url: 'https://example.org', logo: { url: 'https://example.org/logo.png', width: 600, height: 120 } },
}

describe('newsArticleJsonLd', () => {
  it('has the fields Google asks of a NewsArticle', () => {
    const ld = newsArticleJsonLd(input)
    expect(ld['@type']).toBe('NewsArticle')
    expect(ld.datePublished).toBe('2026-11-01T10:00:00.000Z')
    expect(ld.dateModified).toBe('2026-11-02T10:00:00.000Z')
    expect(ld.author).toEqual([{ '@type': 'Person', name: 'Maya Brennan', url: 'https://example.org/author/maya-brennan' }])
    expect(ld.publisher.logo.url).toBe('https://example.org/logo.png')
    expect(ld.image?.[0]?.url).toBe('https://example.org/media/x.jpg')
  })

  it('shortens very long headlines', () => {
    expect(newsArticleJsonLd({ ...input, headline: 'x'.repeat(200) }).headline).toHaveLength(110)
  })
})

describe('webSiteJsonLd', () => {
  it('points the search action at /search, whether or not the site URL ends in a slash', () => {
    for (const url of ['https://example.org', 'https://example.org/']) {
      expect(webSiteJsonLd({ name: 'B', url, description: '' }).potentialAction.target.urlTemplate).toBe('https://example.org/search?q={search_term_string}')
    }
  })
})

describe('serializeJsonLd', () => {
  it('cannot close its script element and parses back to the same data', () => {
    const ld = newsArticleJsonLd(input)
    const json = serializeJsonLd(ld)
    expect(json).not.toMatch(/<|>/)
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(ld)))
  })
})

describe('shareLinks', () => {
  it('builds plain, encoded URLs', () => {
    const links = shareLinks('https://example.org/article/a?b=1', 'Rent & wages')
    expect(links.find((l) => l.network === 'x')?.href).toBe(
      'https://x.com/intent/post?text=Rent%20%26%20wages&url=https%3A%2F%2Fexample.org%2Farticle%2Fa%3Fb%3D1',
    )
    expect(links.every((l) => /^(https:|mailto:)/.test(l.href))).toBe(true)
  })
})
