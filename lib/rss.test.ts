import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { absolutizeHtml, articleGuid, buildRss, cdata, escapeXml, rfc822, type RssChannel } from './rss'

const channel = (overrides: Partial<RssChannel> = {}): RssChannel => ({
  title: 'Broadside: News & views',
  description: 'Reports <from> the "picket" lines',
  link: 'https://example.org/section/news',
  selfUrl: 'https://example.org/section/news/feed.xml',
  imageUrl: 'https://example.org/logo.png',
  siteName: 'Broadside',
  language: 'en-gb',
  lastBuildDate: new Date('2026-11-28T18:40:00Z'),
  items: [
    {
      guid: articleGuid('https://example.org', 'abc123'),
      title: 'Tenants & landlords: <b>round two</b>',
      link: 'https://example.org/article/round-two',
      summary: 'Who wins? ]]> Nobody knows.',
      contentHtml: '<p>Body with <a href="https://example.org/x">a link</a> and ]]> in it.</p>',
      publishedAt: new Date('2026-11-27T09:05:00Z'),
      authors: ['Maya Brennan', 'Kwame Asante-Dunn'],
      categories: ['News', 'Housing'],
      image: { url: 'https://example.org/media/a.jpg', type: 'image/jpeg', length: 1234, width: 1600, height: 900, alt: 'A "crowd"', credit: 'A. Photographer' },
    },
  ],
  ...overrides,
})

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })

describe('buildRss', () => {
  it('produces well-formed RSS 2.0 with every required element', () => {
    const xml = buildRss(channel())
    expect(XMLValidator.validate(xml)).toBe(true)
    const rss = parser.parse(xml).rss
    expect(rss['@version']).toBe('2.0')
    expect(rss.channel.title).toBe('Broadside: News & views')
    expect(rss.channel.description).toBe('Reports <from> the "picket" lines')
    expect(rss.channel['atom:link']['@href']).toBe('https://example.org/section/news/feed.xml')
    const item = rss.channel.item
    expect(item.title).toBe('Tenants & landlords: <b>round two</b>')
    expect(item.guid['#text']).toBe('tag:example.org,2026:article:abc123')
    expect(item.guid['@isPermaLink']).toBe('false')
    expect(item.pubDate).toBe('Fri, 27 Nov 2026 09:05:00 GMT')
    expect(item['dc:creator']).toEqual(['Maya Brennan', 'Kwame Asante-Dunn'])
    expect(item.enclosure['@url']).toBe('https://example.org/media/a.jpg')
    expect(item.enclosure['@length']).toBe('1234')
    expect(item['media:content']['media:description']['#text']).toBe('A "crowd"')
  })

  it('keeps "]]>" inside the text without ending the CDATA section early', () => {
    const rss = parser.parse(buildRss(channel())).rss
    expect(rss.channel.item.description).toBe('<p>Who wins? ]]&gt; Nobody knows.</p>')
    expect(rss.channel.item['content:encoded']).toContain('and ]]> in it.')
  })

  it('puts the summary in as text a feed reader shows as typed, never as markup, a paragraph to each blank-line break', () => {
    const base = channel()
    const summary = 'The landlord <script>alert(1)</script> & "agent" gave in.\n\nCorrection: 5 < 6 storeys.'
    const xml = buildRss({ ...base, items: base.items.map((i) => ({ ...i, summary })) })
    expect(parser.parse(xml).rss.channel.item.description).toBe(
      '<p>The landlord &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;agent&quot; gave in.</p><p>Correction: 5 &lt; 6 storeys.</p>',
    )
  })

  it('leaves out the full text when only summaries are published', () => {
    const base = channel()
    const xml = buildRss({ ...base, items: base.items.map((i) => ({ ...i, contentHtml: null })) })
    expect(xml).not.toContain('content:encoded>')
    expect(parser.parse(xml).rss.channel.item.description).toBe('<p>Who wins? ]]&gt; Nobody knows.</p>')
  })

  it('is still valid with no items', () => {
    const xml = buildRss(channel({ items: [], lastBuildDate: null }))
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).not.toContain('<item>')
  })
})

describe('escaping helpers', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;')
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>')
  })

  it('writes RFC 822 dates in GMT', () => {
    expect(rfc822(new Date('2026-01-05T00:00:00Z'))).toBe('Mon, 05 Jan 2026 00:00:00 GMT')
  })

  it('makes root-relative URLs absolute and drops srcset', () => {
    const html = '<a href="/article/x">x</a><img src="/media/a.jpg" srcset="/_next/image?url=a 480w" sizes="100vw"><a href="//cdn.example/x">y</a><a href="https://other.org/">z</a>'
    expect(absolutizeHtml(html, 'https://example.org/')).toBe(
      '<a href="https://example.org/article/x">x</a><img src="https://example.org/media/a.jpg"><a href="//cdn.example/x">y</a><a href="https://other.org/">z</a>',
    )
  })
})
