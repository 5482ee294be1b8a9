import { expect, test } from '@playwright/test'
import { createArticle, createSection, createTag } from './support/content'
import { query } from './support/db'
import { unique } from './support/staff'

// The article page beyond its body: related pieces, share links, corrections, reading time,
// structured data and social cards, print, and reading with JavaScript off.

async function correctedArticle() {
  const [row] = await query<{ slug: string; headline: string; correction: string }>(
    `SELECT slug, headline, correction FROM "Article" WHERE status = 'PUBLISHED' AND correction <> '' AND "heroImageId" IS NOT NULL ORDER BY "publishedAt" DESC LIMIT 1`,
  )
  expect(row, 'the demo seed has a corrected, illustrated article').toBeTruthy()
  return row!
}

test.describe('an article page', () => {
  test('suggests related pieces by shared tags, then section, never itself or an unpublished piece', async ({ page }) => {
    const section = await createSection(`Related desk ${unique()}`)
    const [housing, rent] = [await createTag(`Estates ${unique()}`), await createTag(`Rents ${unique()}`)]
    const at = (day: number) => new Date(Date.UTC(2003, 0, day, 9))
    const main = await createArticle({ headline: `Main story ${unique()}`, sectionId: section.id, tagIds: [housing.id, rent.id], publishedAt: at(10) })
    const twoTags = await createArticle({ headline: `Shares both tags ${unique()}`, tagIds: [housing.id, rent.id], publishedAt: at(1) })
    const oneTag = await createArticle({ headline: `Shares one tag ${unique()}`, tagIds: [rent.id], publishedAt: at(5) })
    const sameSection = await createArticle({ headline: `Same section only ${unique()}`, sectionId: section.id, publishedAt: at(8) })
    const draft = await createArticle({ headline: `Draft sharing tags ${unique()}`, tagIds: [housing.id, rent.id], status: 'DRAFT' })
    const pulled = await createArticle({ headline: `Unpublished sharing tags ${unique()}`, tagIds: [housing.id, rent.id], status: 'UNPUBLISHED' })

    await page.goto(`/article/${main.slug}`)
    const related = page.getByRole('complementary', { name: 'Read next' })
    await expect(related.getByRole('heading', { level: 3 })).toHaveText([twoTags.headline, oneTag.headline, sameSection.headline])
    for (const absent of [main, draft, pulled]) await expect(related.getByText(absent.headline)).toHaveCount(0)
  })

  test('has plain share links, a dated correction, reading time and no third-party scripts', async ({ page, baseURL }) => {
    const article = await correctedArticle()
    await page.goto(`/article/${article.slug}`)
    const url = `${baseURL}/article/${article.slug}`

    const share = page.getByRole('region', { name: 'Share this article:' })
    const hrefs = await share.getByRole('link').evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''))
    expect(hrefs.length).toBeGreaterThanOrEqual(4)
    for (const href of hrefs) expect(href).toContain(encodeURIComponent(url))
    expect(hrefs).toContain(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`)
    const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src))
    for (const src of scripts) expect(new URL(src).origin).toBe(new URL(baseURL!).origin)

    const correction = page.getByRole('complementary', { name: 'Correction' })
    await expect(correction).toContainText(/Correction, \d{1,2} \w+ \d{4}:/)
    await expect(correction).toContainText(article.correction)
    // The byline: published, updated and reading time.
    const byline = page.getByRole('article').first().locator('time').first().locator('..')
    await expect(byline).toContainText(/Updated \d{1,2} \w+ \d{4}/)
    await expect(byline).toContainText(/\d+ min read/)
  })

  test('carries NewsArticle JSON-LD, a canonical URL and social cards with the hero image', async ({ page, baseURL }) => {
    const article = await correctedArticle()
    await page.goto(`/article/${article.slug}`)
    const url = `${baseURL}/article/${article.slug}`

    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    const ld = blocks.map((b) => JSON.parse(b)).find((d) => d['@type'] === 'NewsArticle')
    expect(ld).toBeTruthy()
    expect(ld.headline).toBe(article.headline)
    expect(ld.mainEntityOfPage['@id']).toBe(url)
    expect(ld.image[0].url).toMatch(new RegExp(`^${baseURL}/media/`))
    expect(new Date(ld.datePublished).toString()).not.toBe('Invalid Date')
    expect(new Date(ld.dateModified).getTime()).toBeGreaterThan(new Date(ld.datePublished).getTime())
    expect(ld.author.length).toBeGreaterThan(0)
    for (const author of ld.author) {
      expect(author.name).toBeTruthy()
      expect(author.url).toMatch(new RegExp(`^${baseURL}/author/[a-z0-9-]+$`))
    }
    expect(ld.publisher.name).toBe('Broadside')
    expect(ld.publisher.logo.url).toBe(`${baseURL}/logo.png`)
    expect((await page.request.get(ld.publisher.logo.url)).headers()['content-type']).toBe('image/png')

    const meta = (selector: string) => page.locator(`meta[${selector}]`).first().getAttribute('content')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url)
    expect(await meta('property="og:url"')).toBe(url)
    expect(await meta('property="og:type"')).toBe('article')
    expect(await meta('property="og:title"')).toBe(article.headline)
    expect(await meta('property="og:image"')).toBe(ld.image[0].url)
    expect(await meta('name="twitter:card"')).toBe('summary_large_image')
    expect(await meta('name="twitter:image"')).toBe(ld.image[0].url)
    expect(await meta('name="description"')).toBeTruthy()
    await expect(page).toHaveTitle(`${article.headline} | Broadside`)
  })

  test('describes a piece published without a standfirst by its opening words, for search and link previews', async ({ page }) => {
    const article = await createArticle({ headline: `No standfirst ${unique()}`, standfirst: '', body: 'Tenants & their union won the vote on the estate last night.' })
    await page.goto(`/article/${article.slug}`)
    const expected = 'Tenants & their union won the vote on the estate last night.'
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', expected)
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', expected)
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    expect(blocks.map((b) => JSON.parse(b)).find((d) => d['@type'] === 'NewsArticle')?.description).toBe(expected)
  })

  test('reads completely with JavaScript disabled', async ({ browser }) => {
    const article = await correctedArticle()
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const response = await page.goto(`/article/${article.slug}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline)
    const hero = page.getByRole('article').first().locator('figure img').first()
    await expect(hero).toBeVisible()
    expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    const paragraphs = page.locator('.article-body p')
    expect(await paragraphs.count()).toBeGreaterThan(5)
    await expect(paragraphs.last()).toBeVisible()
    await expect(page.getByRole('complementary', { name: 'Before you go' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Tagged under:' })).toBeVisible()
    await expect(page.getByRole('complementary', { name: 'Read next' })).toBeVisible()
    // Nothing the reader needs sits in a hidden, script-revealed chunk of the stream.
    expect(await page.locator('[hidden] .article-body, [hidden] h1').count()).toBe(0)
    await page.getByRole('region', { name: 'Tagged under:' }).getByRole('link').first().click()
    await expect(page).toHaveURL(/\/tag\/[a-z0-9-]+$/)
    await expect(page.getByRole('list', { name: 'Articles' }).getByRole('heading').first()).toBeVisible()
    await context.close()
  })

  test('prints the piece without navigation, calls to action, sharing or related links', async ({ page }) => {
    const article = await correctedArticle()
    await page.goto(`/article/${article.slug}`)
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.locator('.article-body')).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden()
    await expect(page.getByRole('contentinfo')).toBeHidden()
    await expect(page.getByRole('link', { name: 'Join us' })).toBeHidden()
    await expect(page.getByRole('region', { name: 'Share this article:' })).toBeHidden()
    await expect(page.getByRole('complementary', { name: 'Read next' })).toBeHidden()
    await expect(page.getByRole('complementary', { name: 'Before you go' })).toBeHidden()
  })
})
