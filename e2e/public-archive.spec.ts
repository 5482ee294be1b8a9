import { expect, test, type Page } from '@playwright/test'
import { createArticle, createArticles, createAuthor, createSection, createTag } from './support/content'
import { query } from './support/db'
import { signIn, staff, unique } from './support/staff'

// Section, tag and author pages: newest first, 20 a page, numbered pages, real 404s.

const listed = (page: Page) => page.getByRole('list', { name: 'Articles' }).getByRole('listitem')
const headlines = (page: Page) => page.getByRole('list', { name: 'Articles' }).getByRole('heading', { level: 2 })
const pages = (page: Page) => page.getByRole('navigation', { name: 'Pages' })

async function expectNotFoundPage(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/can.t find that page/)
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/)
}

test.describe('a reader browsing the archive', () => {
  test('pages through a section newest first, 20 at a time, and past the end gets a 404 page', async ({ page }) => {
    const section = await createSection(`Dispatches ${unique()}`, 'Short reports from correspondents around the country.')
    await createArticles(45, { prefix: 'Dispatch', sectionId: section.id })
    const draft = await createArticle({ headline: `Unfinished dispatch ${unique()}`, status: 'DRAFT', sectionId: section.id })
    const pulled = await createArticle({ headline: `Withdrawn dispatch ${unique()}`, status: 'UNPUBLISHED', sectionId: section.id })

    const response = await page.goto(`/section/${section.slug}`)
    expect(response?.status()).toBe(200)
    await expect(page).toHaveTitle(new RegExp(`^${section.name} \\| `))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.name)
    await expect(page.getByText('Short reports from correspondents around the country.')).toBeVisible()
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^https?://[^/]+/section/${section.slug}$`))
    await expect(page.getByText('45 articles · page 1 of 3')).toBeVisible()
    await expect(listed(page)).toHaveCount(20)
    await expect(headlines(page).first()).toHaveText('Dispatch number 45')
    await expect(headlines(page).nth(19)).toHaveText('Dispatch number 26')
    await expect(pages(page).locator('[aria-current="page"]')).toHaveText('Page 1')

    await pages(page).getByRole('link', { name: /Older/ }).click()
    await expect(page).toHaveURL(`/section/${section.slug}?page=2`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.name)
    await expect(headlines(page).first()).toHaveText('Dispatch number 25')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/section/${section.slug}\\?page=2$`))

    await pages(page).getByRole('link', { name: 'Page 3' }).click()
    await expect(page).toHaveURL(`/section/${section.slug}?page=3`)
    await expect(listed(page)).toHaveCount(5)
    await expect(headlines(page).last()).toHaveText('Dispatch number 1')
    await expect(pages(page).getByRole('link', { name: /Newer/ })).toHaveAttribute('href', `/section/${section.slug}?page=2`)

    // Never a draft or an unpublished piece.
    for (const n of [1, 2, 3]) {
      await page.goto(`/section/${section.slug}?page=${n}`)
      await expect(page.getByText(draft.headline)).toHaveCount(0)
      await expect(page.getByText(pulled.headline)).toHaveCount(0)
    }

    expect((await page.goto(`/section/${section.slug}?page=4`))?.status()).toBe(404)
    await expectNotFoundPage(page)
    for (const bad of ['0', '-1', 'abc', '01']) {
      expect((await page.goto(`/section/${section.slug}?page=${bad}`))?.status()).toBe(404)
      await expectNotFoundPage(page)
    }
  })

  test('never sees thousands of page links: the numbers are a window around the current page', async ({ page }) => {
    const tag = await createTag(`Long read ${unique()}`)
    await createArticles(230, { prefix: 'Long read', tagId: tag.id })
    await page.goto(`/tag/${tag.slug}?page=6`)
    await expect(page.getByText('230 articles · page 6 of 12')).toBeVisible()
    const numbers = await pages(page).locator('li').allInnerTexts()
    expect(numbers.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      '← Newer',
      'Page 1',
      '…',
      'Page 4',
      'Page 5',
      'Page 6',
      'Page 7',
      'Page 8',
      '…',
      'Page 12',
      'Older →',
    ])
    await expect(headlines(page).first()).toHaveText('Long read number 130')
  })

  test('opens a tag page with its description and feed, listing only published pieces', async ({ page }) => {
    const tag = await createTag(`Picket lines ${unique()}`, 'Every strike we have covered, newest first.')
    const older = await createArticle({ headline: `Porters walk out ${unique()}`, tagIds: [tag.id], publishedAt: new Date('2002-03-01T10:00:00Z') })
    const newer = await createArticle({ headline: `Cleaners win ${unique()}`, tagIds: [tag.id], publishedAt: new Date('2002-04-01T10:00:00Z') })
    const draft = await createArticle({ headline: `Draft about pickets ${unique()}`, tagIds: [tag.id], status: 'DRAFT' })

    const response = await page.goto(`/tag/${tag.slug}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tag.name)
    await expect(page.getByText('Every strike we have covered, newest first.')).toBeVisible()
    await expect(headlines(page)).toHaveText([newer.headline, older.headline])
    await expect(page.getByText(draft.headline)).toHaveCount(0)
    await expect(pages(page)).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'RSS feed' }).first()).toHaveAttribute('href', `/tag/${tag.slug}/feed.xml`)
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute('href', new RegExp(`/tag/${tag.slug}/feed.xml$`))

    await page.getByRole('link', { name: newer.headline }).click()
    await expect(page).toHaveURL(`/article/${newer.slug}`)
  })

  test('reads an author page with bio, photo and their pieces', async ({ page }) => {
    const [photo] = await query<{ id: string; altText: string }>(`SELECT id, "altText" FROM "Media" ORDER BY "createdAt" LIMIT 1`)
    const author = await createAuthor(`Rosa Pennant ${unique()}`, 'Rosa Pennant covers transport and the unions that run it.', photo!.id)
    await createArticles(21, { prefix: 'Transport report', authorId: author.id })
    const response = await page.goto(`/author/${author.slug}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(author.name)
    await expect(page.getByText('Rosa Pennant covers transport and the unions that run it.')).toBeVisible()
    const img = page.locator('header img').first()
    await expect(img).toHaveAttribute('alt', photo!.altText || author.name)
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true)
    await expect(listed(page)).toHaveCount(20)
    await expect(page.getByText('21 articles · page 1 of 2')).toBeVisible()
    await page.goto(`/author/${author.slug}?page=2`)
    await expect(listed(page)).toHaveCount(1)
  })

  test('gets a real 404 for unknown sections, tags and authors, and for ones with nothing published', async ({ page }) => {
    const emptyTag = await createTag(`Only on drafts ${unique()}`)
    await createArticle({ headline: `A secret draft ${unique()}`, tagIds: [emptyTag.id], status: 'DRAFT' })
    const emptyAuthor = await createAuthor(`Guest Without Pieces ${unique()}`)
    for (const path of [
      '/section/no-such-section',
      '/tag/no-such-tag',
      '/author/no-such-author',
      `/tag/${emptyTag.slug}`,
      `/author/${emptyAuthor.slug}`,
    ]) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expectNotFoundPage(page)
    }
  })

  test('sees a tag page appear the moment the first piece under it is published', async ({ page, browser }) => {
    const tag = await createTag(`Brand new campaign ${unique()}`)
    const draft = await createArticle({ headline: `First piece on the campaign ${unique()}`, tagIds: [tag.id], status: 'DRAFT' })
    const reader = await browser.newPage()
    expect((await reader.goto(`/tag/${tag.slug}`))?.status()).toBe(404)
    expect((await reader.goto(`/tag/${tag.slug}/feed.xml`))?.status()).toBe(404)

    await signIn(page, staff.editor)
    await page.goto(`/admin/articles/${draft.id}`)
    await page.getByRole('button', { name: 'Publish' }).click()
    await expect(page.getByRole('main').getByRole('status')).toContainText('Published')

    expect((await reader.goto(`/tag/${tag.slug}`))?.status()).toBe(200)
    await expect(reader.getByRole('list', { name: 'Articles' }).getByRole('heading')).toHaveText([draft.headline])
    expect((await reader.goto(`/tag/${tag.slug}/feed.xml`))?.status()).toBe(200)
    await reader.close()
  })
})
