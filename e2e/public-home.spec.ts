import { expect, test } from '@playwright/test'
import { query } from './support/db'

// The front page: the editors' lead story, the latest pieces, then the newest in each section.

test.describe('the front page', () => {
  test('leads with the featured piece, then lists the latest by section with picture, standfirst and byline', async ({ page, baseURL }) => {
    const [featured] = await query<{ slug: string; headline: string }>(
      `SELECT slug, headline FROM "Article" WHERE status = 'PUBLISHED' AND featured ORDER BY "publishedAt" DESC LIMIT 1`,
    )
    expect(featured, 'the demo seed features a piece').toBeTruthy()
    const response = await page.goto('/')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)

    const lead = page.getByRole('region', { name: 'Lead story' })
    await expect(lead.getByRole('heading', { level: 3 })).toHaveText(featured!.headline)
    await expect(lead.getByRole('link', { name: featured!.headline })).toHaveAttribute('href', `/article/${featured!.slug}`)
    // The lead picture is loaded eagerly; it is the largest thing above the fold.
    await expect(lead.locator('img')).not.toHaveAttribute('loading', 'lazy')

    const latest = page.getByRole('region', { name: 'Latest' })
    await expect(latest.getByRole('listitem').first()).toBeVisible()
    await expect(latest.getByRole('link', { name: featured!.headline })).toHaveCount(0)

    // One block per section that has published pieces, in menu order, each card complete.
    const sections = await query<{ name: string; slug: string }>(
      `SELECT s.name, s.slug FROM "Section" s WHERE EXISTS (SELECT 1 FROM "Article" a WHERE a."sectionId" = s.id AND a.status = 'PUBLISHED' AND NOT a.featured)
        AND s.slug IN ('news', 'analysis', 'opinion', 'reviews') ORDER BY s.position`,
    )
    for (const section of sections) {
      const block = page.getByRole('region', { name: new RegExp(`^${section.name}`) })
      await expect(block.getByRole('link', { name: new RegExp(`^${section.name}`) })).toHaveAttribute('href', `/section/${section.slug}`)
      const cards = block.getByRole('article')
      expect(await cards.count()).toBeGreaterThan(0)
      expect(await cards.count()).toBeLessThanOrEqual(4)
      for (const card of await cards.all()) {
        await expect(card.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute('href', /^\/article\/[a-z0-9-]+$/)
        await expect(card.locator('p.text-muted').first()).not.toBeEmpty()
        await expect(card.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/)
        const img = card.locator('img')
        // Pictures have explicit dimensions (no layout shift) and load lazily below the fold.
        await expect(img).toHaveAttribute('width', /^\d+$/)
        await expect(img).toHaveAttribute('height', /^\d+$/)
        await expect(img).toHaveAttribute('loading', 'lazy')
        await expect(img).toHaveAttribute('sizes', /.+/)
      }
    }
    // Newest first within a section.
    const news = page.getByRole('region', { name: /^News/ }).locator('time')
    const dates = await news.evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime')!)))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))

    await expect(page).toHaveTitle(/^Broadside/)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^${baseURL}/?$`))
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.+/)
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${baseURL}/logo.png`)
    const website = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t)).find((d) => d['@type'] === 'WebSite')
    expect(website.potentialAction.target.urlTemplate).toBe(`${baseURL}/search?q={search_term_string}`)
  })

  test('has a masthead with the section menu and a footer with the newsletter and join links', async ({ page }) => {
    await page.goto('/')
    const menu = page.getByRole('navigation', { name: 'Sections' })
    for (const name of ['Home', 'News', 'Analysis', 'Opinion', 'Reviews', 'Search']) await expect(menu.getByRole('link', { name, exact: true })).toBeVisible()
    const footer = page.getByRole('contentinfo')
    await expect(footer.getByRole('link', { name: 'Become a member' })).toHaveAttribute('href', '/join')
    await expect(footer.getByRole('link', { name: 'Get the newsletter' })).toHaveAttribute('href', '/newsletter')
    await expect(footer.getByRole('link', { name: 'RSS feed' })).toHaveAttribute('href', '/feed.xml')
  })
})
