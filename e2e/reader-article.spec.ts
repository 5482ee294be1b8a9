import { expect, test } from '@playwright/test'
import { query } from './support/db'

test.describe('a reader', () => {
  test('opens an article from the home page and sees every part of it', async ({ page }) => {
    const [seeded] = await query<{ slug: string; headline: string }>(
      `SELECT a.slug, a.headline FROM "Article" a
        WHERE a.status = 'PUBLISHED' AND a."heroImageId" IS NOT NULL AND a."showBeforeYouGo"
          AND EXISTS (SELECT 1 FROM "ArticleTag" t WHERE t."articleId" = a.id)
        ORDER BY a."publishedAt" DESC LIMIT 1`,
    )
    expect(seeded, 'the demo seed has a published, illustrated, tagged article').toBeTruthy()

    await page.goto('/')
    await page.getByRole('link', { name: seeded!.headline }).first().click()
    await expect(page).toHaveURL(`/article/${seeded!.slug}`)

    const article = page.getByRole('article')
    // 1. Hero image, with alt text separate from a caption that credits and links the licence.
    const hero = article.locator('figure').first()
    const img = hero.locator('img')
    await expect(img).toHaveAttribute('alt', /.+/)
    const caption = hero.locator('figcaption')
    await expect(caption).toContainText('Photo:')
    const licence = caption.locator('a[rel~="license"]')
    await expect(licence).toHaveAttribute('href', /^https:\/\/creativecommons\.org\/|^$/)
    expect(await img.getAttribute('alt')).not.toEqual(await caption.innerText())
    // 2. Headline and 3. standfirst.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seeded!.headline)
    await expect(article.locator('h1 + p')).not.toBeEmpty()
    // 4. Byline: authors linked to their pages, the section, the publication date.
    const authorLinks = article.locator('a[rel="author"]')
    expect(await authorLinks.count()).toBeGreaterThan(0)
    await expect(authorLinks.first()).toHaveAttribute('href', /^\/author\/[a-z0-9-]+$/)
    await expect(article.locator('a[href^="/section/"]').first()).toBeVisible()
    await expect(article.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/)
    // 5. Body with sub-headings, a quote and links.
    const body = article.locator('.article-body')
    expect(await body.locator('h2').count()).toBeGreaterThanOrEqual(2)
    await expect(body.locator('blockquote').first()).toBeVisible()
    expect(await body.locator('a[href]').count()).toBeGreaterThan(0)
    // 6. "Before you go", linking to the join page.
    const cta = page.getByRole('complementary', { name: 'Before you go' })
    await expect(cta).toBeVisible()
    await expect(cta.getByRole('link')).toHaveAttribute('href', new RegExp(`^/join\\?from=${seeded!.slug}$`))
    // 7. "Tagged under:" with each tag linking to its page.
    const tagged = page.getByRole('region', { name: 'Tagged under:' })
    const tagLinks = tagged.getByRole('link')
    expect(await tagLinks.count()).toBeGreaterThan(0)
    for (const href of await tagLinks.evaluateAll((links) => links.map((l) => l.getAttribute('href')))) {
      expect(href).toMatch(/^\/tag\/[a-z0-9-]+$/)
    }
  })

  test('gets a 404 page for an unknown article', async ({ page }) => {
    const response = await page.goto('/article/there-is-no-such-piece')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/can.t find that page/)
  })

  test('gets the site’s own 404 page, masthead and all, for a URL nothing answers', async ({ page }) => {
    const response = await page.goto('/no/such/page/here')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/can.t find that page/)
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
    await expect(page.getByRole('main').getByRole('link', { name: 'Search the archive' })).toBeVisible()
    await expect(page).toHaveTitle(/Page not found/)
  })

  test('every kind of 404 reads without JavaScript: the page itself is in the HTML, not only in the scripts', async ({ browser }) => {
    const [tag] = await query<{ slug: string }>(`SELECT slug FROM "Tag" ORDER BY slug LIMIT 1`)
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const addresses = [
      `/article/no-such-piece-${Date.now()}`,
      `/tag/no-such-tag-${Date.now()}`,
      `/author/no-such-writer-${Date.now()}`,
      `/section/no-such-section-${Date.now()}`,
      // A NUL character cannot be asked of PostgreSQL at all: these were 500s.
      '/article/%00',
      '/tag/rent%00strike',
      '/author/%00',
      '/section/news%00',
      // Broken percent-encoding Next cannot decode into a parameter: these were bare 500s.
      '/article/%c0',
      '/tag/%E0%A4%A',
      '/search/%c0',
      '/no/%ff/page',
      // Well-formed encoding still reaches the page, which knows no such tag.
      `/tag/caf%C3%A9-${Date.now()}`,
      `/tag/${tag!.slug}?page=9999`,
      `/search?q=${encodeURIComponent(`zzqx${Date.now()}`)}&page=2`,
      '/no/such/page/here',
    ]
    // Twice each: the first answer is rendered for the request, the second comes from the cache.
    for (const address of [...addresses, ...addresses]) {
      const response = await page.goto(address)
      expect(response?.status(), address).toBe(404)
      await expect(page.getByRole('heading', { level: 1 }), address).toHaveText(/can.t find that page/)
      await expect(page.getByRole('navigation', { name: 'Sections' }), address).toBeVisible()
      await expect(page, address).toHaveTitle(/Page not found/)
    }
    await context.close()
  })

  test('is sent to the address in lower case when it typed capitals into a slug', async ({ page, request }) => {
    const [article] = await query<{ slug: string }>(`SELECT slug FROM "Article" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 1`)
    const [tag] = await query<{ slug: string }>(`SELECT slug FROM "Tag" ORDER BY slug LIMIT 1`)
    const [section] = await query<{ slug: string }>(`SELECT slug FROM "Section" ORDER BY slug LIMIT 1`)
    const [author] = await query<{ slug: string }>(`SELECT slug FROM "Author" ORDER BY slug LIMIT 1`)
    const capitalised = (s: string) => s.slice(0, 1).toUpperCase() + s.slice(1).toUpperCase()
    for (const path of [`/article/${article!.slug}`, `/tag/${tag!.slug}`, `/section/${section!.slug}`, `/author/${author!.slug}`]) {
      const typed = path.replace(/[^/]+$/, capitalised)
      const response = await request.get(typed, { maxRedirects: 0 })
      expect(response.status(), typed).toBe(308)
      // Next sends the Location header twice on the first, uncached answer (the same value both times).
      const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location')
      expect(locations.length, typed).toBeGreaterThan(0)
      for (const { value } of locations) expect(value, typed).toBe(path)
    }
    const response = await page.goto(`/article/${capitalised(article!.slug)}`)
    expect(response?.status()).toBe(200)
    expect(new URL(page.url()).pathname).toBe(`/article/${article!.slug}`)
  })

  test('gets a 404 for a draft, even knowing its URL', async ({ page }) => {
    const [draft] = await query<{ slug: string }>(`SELECT slug FROM "Article" WHERE status = 'DRAFT' LIMIT 1`)
    expect(draft).toBeTruthy()
    const response = await page.goto(`/article/${draft!.slug}`)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/can.t find that page/)
  })
})
