import { expect, test, type APIRequestContext } from '@playwright/test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { escapeHtml } from '../lib/escape-html'
import { internalSecret } from '../lib/internal-secret'
import { createArticle, createAuthor, createTag } from './support/content'
import { publishThroughDashboard } from './support/dashboard'
import { query } from './support/db'
import { unique } from './support/staff'

// Feeds, sitemaps and robots.txt, read the way a feed reader or a crawler reads them.

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'url', 'sitemap', 'dc:creator', 'category'].includes(name) })
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/

async function getXml(request: APIRequestContext, path: string, type: RegExp) {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  expect(response.headers()['content-type'], path).toMatch(type)
  const text = await response.text()
  expect(XMLValidator.validate(text), path).toBe(true)
  return parser.parse(text)
}

type Item = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

function expectValidItem(item: Item, baseURL: string) {
  expect(item.title).toBeTruthy()
  expect(item.link).toMatch(new RegExp(`^${baseURL}/article/[a-z0-9-]+$`))
  expect(item.guid['#text']).toMatch(/^tag:[^,]+,2026:article:.+$/)
  expect(item.guid['@isPermaLink']).toBe('false')
  expect(item.pubDate).toMatch(RFC822)
  expect(typeof item.description).toBe('string')
}

test.describe('feeds and sitemaps', () => {
  test('the site feed is valid RSS 2.0 with absolute links, dates, GUIDs, images, full text and corrections', async ({ request, baseURL }) => {
    // A corrected, illustrated piece of its own, published now: the feed lists only the newest,
    // and other specs publish pieces of their own before this one runs.
    const [illustrated] = await query<{ heroImageId: string }>(`SELECT "heroImageId" FROM "Article" WHERE status = 'PUBLISHED' AND "heroImageId" IS NOT NULL LIMIT 1`)
    const corrected = await createArticle({
      headline: `Depot sale halted ${unique()}`,
      correction: `An earlier version said the depot's owner was a developer; it's the council ${unique()}.`,
      heroImageId: illustrated!.heroImageId,
    })
    // Written straight to the database: expire the lists as publishing would.
    const expired = await request.post('/api/internal/revalidate', { data: { tags: ['articles:lists'] }, headers: { authorization: `Bearer ${internalSecret(process.env.NEXTAUTH_SECRET)}` } })
    expect(expired.ok()).toBe(true)
    const correction = (await query<{ correction: string }>(`SELECT correction FROM "Article" WHERE id = $1`, [corrected.id]))[0]!.correction

    const rss = (await getXml(request, '/feed.xml', /^application\/rss\+xml/)).rss
    expect(rss['@version']).toBe('2.0')
    const channel = rss.channel
    expect(channel.title).toBe('Broadside')
    expect(channel.link).toBe(`${baseURL}/`)
    expect(channel.description).toBeTruthy()
    expect(channel['atom:link']['@href']).toBe(`${baseURL}/feed.xml`)
    expect(channel['atom:link']['@rel']).toBe('self')
    expect(channel.lastBuildDate).toMatch(RFC822)
    expect(channel.item.length).toBeGreaterThan(5)
    for (const item of channel.item) expectValidItem(item, baseURL!)
    expect(new Set(channel.item.map((i: Item) => i.guid['#text'])).size).toBe(channel.item.length)
    const dates = channel.item.map((i: Item) => new Date(i.pubDate).getTime())
    expect(dates).toEqual([...dates].sort((a, b) => b - a))

    const withImage = channel.item.find((i: Item) => i.enclosure)
    expect(withImage.enclosure['@url']).toMatch(new RegExp(`^${baseURL}/media/`))
    expect(Number(withImage.enclosure['@length'])).toBeGreaterThan(0)
    expect(withImage.enclosure['@type']).toMatch(/^image\//)
    expect(withImage['media:content']['@url']).toBe(withImage.enclosure['@url'])
    // Full text by default (SiteSettings.feedFullText), with no relative links left in it.
    expect(withImage['content:encoded']).toContain('<p>')
    expect(withImage['content:encoded']).not.toMatch(/(href|src)="\/(?!\/)/)

    const item = channel.item.find((i: Item) => i.link === `${baseURL}/article/${corrected.slug}`)
    expect(item, 'the corrected article is in the feed').toBeTruthy()
    expect(item.enclosure['@url']).toMatch(new RegExp(`^${baseURL}/media/`))
    expect(item['content:encoded']).toMatch(/Correction, \d{1,2} \w+ \d{4}:/)
    expect(item['content:encoded']).toContain(correction.replace(/'/g, '&apos;'))
    // A feed reader shows the description as HTML: the summary is in it as escaped text.
    expect(item.description).toContain(escapeHtml(correction))
  })

  test('sections, tags and authors have feeds of their own, advertised on their pages', async ({ request, page, baseURL }) => {
    const tag = await createTag(`Feed tag ${unique()}`)
    const author = await createAuthor(`Feed Writer ${unique()}`, 'Writes about feeds & <things>.')
    const piece = await createArticle({ headline: `Feeds & "quotes" <tested> ${unique()}`, tagIds: [tag.id], authorIds: [author.id], standfirst: 'Ampersands & angle <brackets>' })
    const draft = await createArticle({ headline: `Draft in the feed ${unique()}`, tagIds: [tag.id], authorIds: [author.id], status: 'DRAFT' })

    for (const path of [`/tag/${tag.slug}/feed.xml`, `/author/${author.slug}/feed.xml`]) {
      const channel = (await getXml(request, path, /^application\/rss\+xml/)).rss.channel
      expect(channel['atom:link']['@href']).toBe(`${baseURL}${path}`)
      expect(channel.item.map((i: Item) => i.title)).toEqual([piece.headline])
      expect(channel.item[0].description).toBe('<p>Ampersands &amp; angle &lt;brackets&gt;</p>')
      expect(channel.item[0]['dc:creator']).toEqual([author.name])
      expect(channel.item[0].category).toContain(tag.name)
      expect(JSON.stringify(channel)).not.toContain(draft.headline)
    }
    const news = (await getXml(request, '/section/news/feed.xml', /^application\/rss\+xml/)).rss.channel
    expect(news.title).toBe('Broadside: News')
    for (const item of news.item) expect(item.category[0]).toBe('News')

    for (const path of ['/tag/no-such-tag/feed.xml', '/author/no-such-author/feed.xml', '/section/no-such-section/feed.xml']) {
      expect((await request.get(path)).status(), path).toBe(404)
    }

    await page.goto(`/tag/${tag.slug}`)
    const alternates = await page.locator('link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')))
    expect(alternates).toEqual(expect.arrayContaining([`${baseURL}/tag/${tag.slug}/feed.xml`, `${baseURL}/feed.xml`]))
    await page.goto('/')
    await expect(page.locator(`link[rel="alternate"][type="application/rss+xml"][href="${baseURL}/feed.xml"]`)).toHaveCount(1)
  })

  test('robots.txt points at a sitemap index listing every published article, section, tag and author', async ({ request, page, baseURL }) => {
    // Publishing through the dashboard refreshes the sitemaps (rows other specs wrote straight to
    // the database appear too); the new piece must be listed at once.
    const fresh = await publishThroughDashboard(page, `Sitemap check ${unique()}`)
    const robots = await (await request.get('/robots.txt')).text()
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap_index.xml`)
    expect(robots).toMatch(/Disallow: \/admin/)

    const index = (await getXml(request, '/sitemap_index.xml', /xml/)).sitemapindex
    const files: string[] = index.sitemap.map((s: Item) => s.loc)
    expect(files).toContain(`${baseURL}/sitemap/pages.xml`)
    expect(files).toContain(`${baseURL}/sitemap/articles-0.xml`)

    const urls = new Map<string, string>()
    for (const file of files) {
      const set = (await getXml(request, new URL(file).pathname, /xml/)).urlset
      for (const entry of set.url ?? []) {
        expect(entry.lastmod, entry.loc).toMatch(/^\d{4}-\d{2}-\d{2}T/)
        urls.set(entry.loc, entry.lastmod)
      }
    }
    const published = await query<{ slug: string }>(`SELECT slug FROM "Article" WHERE status = 'PUBLISHED'`)
    for (const { slug } of published) expect(urls.has(`${baseURL}/article/${slug}`), slug).toBe(true)
    const hidden = await query<{ slug: string }>(`SELECT slug FROM "Article" WHERE status <> 'PUBLISHED'`)
    for (const { slug } of hidden) expect(urls.has(`${baseURL}/article/${slug}`), slug).toBe(false)
    expect(urls.has(`${baseURL}/article/${fresh}`)).toBe(true)
    expect(urls.has(`${baseURL}/`)).toBe(true)
    for (const path of ['/section/news', '/section/reviews', '/tag/housing', '/author/maya-brennan']) expect(urls.has(`${baseURL}${path}`), path).toBe(true)
  })

  test('/sitemap.xml, where crawlers and people look first, sends them on to the sitemap index for good', async ({ request }) => {
    const answer = await request.get('/sitemap.xml', { maxRedirects: 0 })
    expect(answer.status()).toBe(308)
    expect(answer.headers()['location']).toBe('/sitemap_index.xml')
    // Followed, it is the index itself.
    const index = (await getXml(request, '/sitemap.xml', /xml/)).sitemapindex
    expect(index.sitemap.map((s: Item) => s.loc)).toEqual((await getXml(request, '/sitemap_index.xml', /xml/)).sitemapindex.sitemap.map((s: Item) => s.loc))
  })
})
