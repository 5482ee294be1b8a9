import { expect, test, type Page } from '@playwright/test'
import { createArticles, createSection } from './support/content'
import { query } from './support/db'
import { signIn, staff, unique } from './support/staff'

// The dashboard's lists share one table, one kind of filter and one pager
// (components/admin/admin-table.tsx): an editor narrows the article list to a section and
// walks its pages; the filters and the count follow from page to page.

test('an editor filters the article list by section and pages through it', async ({ page }) => {
  const section = await createSection(`Housing desk ${unique()}`)
  await createArticles(60, { prefix: 'Estate ballot', sectionId: section.id })
  await signIn(page, staff.editor)

  const filters = page.getByRole('search', { name: 'Filter articles' })
  await filters.getByLabel('Section').selectOption({ label: section.name })
  await filters.getByLabel('Status').selectOption({ label: 'Published' })
  await filters.getByRole('button', { name: 'Apply' }).click()

  await expect(page.getByText('60 articles · page 1 of 3')).toBeVisible()
  const table = page.getByRole('table')
  await expect(table.getByRole('columnheader')).toHaveText(['Headline', 'Status', 'Authors', 'Last edited'])
  await expect(table.getByRole('row')).toHaveCount(26) // the heading row and 25 articles
  await expect(table.getByRole('link', { name: /^Estate ballot number/ })).toHaveCount(25)

  const pages = page.getByRole('navigation', { name: 'Pages' })
  await expect(pages.getByRole('link', { name: '1' })).toHaveAttribute('aria-current', 'page')
  await expect(pages.getByRole('link', { name: 'Previous' })).toHaveCount(0)
  await pages.getByRole('link', { name: 'Next' }).click()
  await expect(page.getByText('60 articles · page 2 of 3')).toBeVisible()
  await expect(pages.getByRole('link', { name: '2' })).toHaveAttribute('aria-current', 'page')
  // The filters survive the move: still the section's 60, and the form still shows them.
  await expect(filters.getByLabel('Section')).toHaveValue(section.id)
  await expect(filters.getByLabel('Status')).toHaveValue('PUBLISHED')

  await pages.getByRole('link', { name: '3' }).click()
  await expect(page.getByText('60 articles · page 3 of 3')).toBeVisible()
  await expect(table.getByRole('link', { name: /^Estate ballot number/ })).toHaveCount(10)
  await expect(pages.getByRole('link', { name: 'Next' })).toHaveCount(0)
  await pages.getByRole('link', { name: 'Previous' }).click()
  await expect(page.getByText('60 articles · page 2 of 3')).toBeVisible()

  // A page past the end (an old link, a typed number) shows the last one; one that is not a number, the first.
  await page.goto(`/admin?section=${section.id}&status=PUBLISHED&page=5000`)
  await expect(page).toHaveURL(new RegExp(`page=3$`))
  await expect(page.getByText('60 articles · page 3 of 3')).toBeVisible()
  await expect(table.getByRole('link', { name: /^Estate ballot number/ })).toHaveCount(10)
  await page.goto(`/admin?section=${section.id}&status=PUBLISHED&page=-1`)
  await expect(page.getByText('60 articles · page 1 of 3')).toBeVisible()
  await expect(table.getByRole('link', { name: /^Estate ballot number/ })).toHaveCount(25)
})

test('a contributor’s article list holds only the pieces they started or carry their byline; an editor’s holds every piece', async ({ page }) => {
  const prefix = `Depot closure ${unique()}`
  const [contributor] = await query<{ id: string; name: string }>(`SELECT id, name FROM "User" WHERE email = $1`, [staff.contributor])
  // The contributor's own byline (a staff member's author row), made here if the seed has none.
  await query(
    `INSERT INTO "Author" (id, name, slug, "userId", "updatedAt") VALUES ($1, $2, $1, $3, now()) ON CONFLICT ("userId") DO NOTHING`,
    [`author-${unique()}`, contributor!.name, contributor!.id],
  )
  const [byline] = await query<{ id: string }>(`SELECT id FROM "Author" WHERE "userId" = $1`, [contributor!.id])
  await createArticles(2, { prefix: `${prefix} started` })
  await createArticles(1, { prefix: `${prefix} bylined`, authorId: byline!.id })
  await createArticles(3, { prefix: `${prefix} colleague` })
  await query(`UPDATE "Article" SET "createdById" = $1 WHERE headline LIKE $2`, [contributor!.id, `${prefix} started%`])

  await signIn(page, staff.contributor)
  await page.goto(`/admin?q=${encodeURIComponent(prefix)}`)
  await expect(page.getByText(/^3 articles$/)).toBeVisible()
  const headlines = await page.locator('tbody tr td:first-child a').allTextContents()
  expect(headlines.sort()).toEqual([`${prefix} bylined number 1`, `${prefix} started number 1`, `${prefix} started number 2`])

  await page.context().clearCookies()
  await signIn(page, staff.editor)
  await page.goto(`/admin?q=${encodeURIComponent(prefix)}`)
  await expect(page.getByText(/^6 articles$/)).toBeVisible()
})

test('an administrator pages through the audit log, newest first, keeping the filter', async ({ page }) => {
  // 60 settings entries a minute apart, older than anything else in the log, so they fill its
  // last pages (and push nobody else's entries off the first).
  const run = unique()
  await query(
    `INSERT INTO "AuditLog" (id, action, subject, "createdAt")
     SELECT $1 || n, 'settings.import', 'Change ' || n || ' of ' || $1, timestamptz '2000-01-01 09:00Z' + make_interval(mins => n)
       FROM generate_series(1, 60) AS n`,
    [run],
  )
  await signIn(page, staff.admin)
  await page.goto('/admin/audit')
  await page.getByRole('navigation', { name: 'Filter the log' }).getByRole('link', { name: 'Settings' }).click()
  await expect(page).toHaveURL(/\/admin\/audit\?action=settings\.$/)
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(51) // the heading row and 50 entries

  // The last page ends with the oldest entry; the page before it goes on where it starts.
  const pages = page.getByRole('navigation', { name: 'Pages' })
  const last = pages.getByRole('link', { name: /^\d+$/ }).last()
  const lastNumber = Number(await last.textContent())
  await last.click()
  await expect(page).toHaveURL(new RegExp(`action=settings\\.&page=${lastNumber}$`))
  await expect(pages.getByRole('link', { name: String(lastNumber) })).toHaveAttribute('aria-current', 'page')
  await expect(rows.last()).toContainText(`Change 1 of ${run}`)
  const onLastPage = (await rows.count()) - 1
  await pages.getByRole('link', { name: 'Previous' }).click()
  await expect(page).toHaveURL(new RegExp(`action=settings\\.&page=${lastNumber - 1}$`))
  await expect(rows.last()).toContainText(`Change ${onLastPage + 1} of ${run}`)
  for (const what of await page.getByRole('table').locator('tbody td:nth-child(3)').allTextContents()) expect(what).toMatch(/^settings\./)
})

// The dashboard's links are plain anchors (they work without JavaScript) given client navigation
// by one component around the dashboard (components/admin/dashboard-links.tsx) rather than a
// next/link, and a prefetch, per link.
async function markDocument(page: Page) {
  // Until React has hydrated the dashboard, its links are ordinary ones (a full page load).
  await page.waitForFunction(() => {
    const menu = document.querySelector('nav[aria-label="Dashboard"]')
    return menu !== null && Object.keys(menu).some((key) => key.startsWith('__reactProps'))
  })
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
  return () => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true)
}

test('a list’s links move around the dashboard without reloading it, a modified click opens a tab, and nothing is prefetched', async ({ page, context }) => {
  await signIn(page, staff.editor)
  await page.goto('/admin')
  const notReloaded = await markDocument(page)

  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: '2', exact: true }).click()
  await expect(page.getByText(/page 2 of/)).toBeVisible()
  expect(await notReloaded()).toBe(true)

  // Ctrl- or Cmd-click is the browser's: a new tab with the editor, this page left as it was.
  const row = page.getByRole('table').getByRole('link').first()
  const headline = (await row.textContent())!
  const [tab] = await Promise.all([context.waitForEvent('page'), row.click({ modifiers: ['ControlOrMeta'] })])
  await expect(tab.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(headline)
  await tab.close()
  await expect(page).toHaveURL(/\/admin\?page=2$/)

  await row.click()
  await expect(page).toHaveURL(/\/admin\/articles\/[^/]+$/)
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(headline)
  expect(await notReloaded()).toBe(true)

  // The menu's links too.
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Tags', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tags' })).toBeVisible()
  expect(await notReloaded()).toBe(true)

  // Fifty tags on a page and a dozen pages in the menu, none of which is fetched ahead of a click.
  const fetchedAhead: string[] = []
  page.on('request', (request) => {
    if (!request.isNavigationRequest() && new URL(request.url()).pathname.startsWith('/admin')) fetchedAhead.push(request.url())
  })
  await page.goto('/admin/tags')
  await expect(page.getByRole('table').getByRole('link').first()).toBeVisible()
  await markDocument(page)
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Sections', exact: true }).hover()
  await page.waitForTimeout(1500)
  expect(fetchedAhead).toEqual([])
})

test('the dashboard’s skip link moves focus to the page rather than being taken over as a navigation', async ({ page }) => {
  await signIn(page, staff.writer)
  await page.goto('/admin/articles/new')
  const notReloaded = await markDocument(page)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/admin\/articles\/new#dashboard-main$/)
  // The next Tab goes on from the page's start, not the menu's.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('dashboard-main')
  expect(await notReloaded()).toBe(true)
})

test('past 10,000 articles the list gives an estimate rather than counting them all, and its deep pages still list them', async ({ page }) => {
  // 10,001 drafts (kept off the reading site) in a section of their own, taken away afterwards.
  const section = await createSection(`Long archive ${unique()}`)
  const run = unique()
  try {
    await query(
      `INSERT INTO "Article" (id, slug, headline, standfirst, "bodyJson", "bodyHtml", "bodyText", "wordCount", status, "sectionId", "updatedAt")
       SELECT $1 || n, $1 || '-' || n, 'Archive piece ' || n, '', '{"type":"doc","content":[]}', '<p>Body</p>', 'Body', 1, 'DRAFT', $2,
              timestamptz '2000-01-01 09:00Z' + make_interval(mins => n)
         FROM generate_series(1, 10001) AS n`,
      [`long-${run}`, section.id],
    )
    await query('ANALYZE "Article"')
    await signIn(page, staff.editor)
    await page.goto('/admin')
    await expect(page.getByText(/^About [\d,]+ articles · page 1 of about [\d,]+$/)).toBeVisible()

    await page.goto(`/admin?section=${section.id}`)
    await expect(page.getByText('More than 10,000 articles · page 1 of 400+', { exact: true })).toBeVisible()
    // Newest edit first; a deep page is as exact as the first.
    await expect(page.getByRole('table').getByRole('link').first()).toHaveText('Archive piece 10001')
    await page.goto(`/admin?section=${section.id}&page=300`)
    await expect(page.getByText('More than 10,000 articles · page 300 of 400+', { exact: true })).toBeVisible()
    await expect(page.getByRole('table').getByRole('link')).toHaveText(Array.from({ length: 25 }, (_, i) => `Archive piece ${10001 - 299 * 25 - i}`))
  } finally {
    await query(`DELETE FROM "Article" WHERE "sectionId" = $1`, [section.id])
    await query(`DELETE FROM "Section" WHERE id = $1`, [section.id])
    await query('ANALYZE "Article"')
  }
})
