import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { query } from './support/db'

// Every public page type passes axe (WCAG 2.1 AA), has one h1 and the landmarks, in light and dark.

async function pagesToCheck() {
  const [article] = await query<{ slug: string }>(
    `SELECT slug FROM "Article" WHERE status = 'PUBLISHED' AND correction <> '' AND "heroImageId" IS NOT NULL ORDER BY "publishedAt" DESC LIMIT 1`,
  )
  return {
    home: '/',
    article: `/article/${article!.slug}`,
    section: '/section/news',
    tag: '/tag/housing',
    author: '/author/maya-brennan',
    search: '/search?q=strike+pay',
    'empty search': '/search',
    '404': '/article/no-such-piece-at-all',
  }
}

async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)
  expect(summary, name).toEqual([])
  await expect(page.locator('h1'), name).toHaveCount(1)
  await expect(page.getByRole('banner'), name).toHaveCount(1)
  await expect(page.getByRole('main'), name).toHaveCount(1)
  await expect(page.getByRole('contentinfo'), name).toHaveCount(1)
}

// Dark mode changes only colours: the pages that use most of them are enough there.
const darkPages = ['home', 'article', 'search', '404']

for (const scheme of ['light', 'dark'] as const) {
  test(`every public page type passes axe with no violations (${scheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: scheme })
    const page = await context.newPage()
    const pages = Object.entries(await pagesToCheck()).filter(([name]) => scheme === 'light' || darkPages.includes(name))
    for (const [name, path] of pages) {
      await page.goto(path)
      // Below-the-fold images load lazily; scroll so axe sees the page as a reader would.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
      await expectAccessible(page, `${name} (${path})`)
    }
    await context.close()
  })
}

test('the skip link and the section menu work from the keyboard', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)

  await page.goto('/')
  const menu = page.getByRole('navigation', { name: 'Sections' })
  await menu.getByRole('link', { name: 'Home' }).focus()
  await page.keyboard.press('Tab')
  const news = menu.getByRole('link', { name: 'News' })
  await expect(news).toBeFocused()
  // The focus ring is visible (an outline, not just a colour change).
  expect(await news.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/section/news')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News')
})

test('reads at 320 pixels wide without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } })
  const page = await context.newPage()
  for (const path of Object.values(await pagesToCheck())) {
    await page.goto(path)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
    // Search is in reach without swiping the section menu: on screen, beside "Join us".
    const search = page.getByRole('banner').getByRole('link', { name: 'Search', exact: true })
    await expect(search, path).toBeInViewport({ ratio: 1 })
    await expect(page.getByRole('banner').getByRole('link', { name: 'Join us' }), path).toBeInViewport({ ratio: 1 })
  }
  await context.close()
})
