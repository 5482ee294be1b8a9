import { expect, test, type Browser, type Page } from '@playwright/test'
import { createArticle, createTag } from './support/content'
import { query } from './support/db'
import { waitForMail } from './support/mail'
import { join, newJoiner } from './support/membership'
import { signIn, staff, unique } from './support/staff'

// The site's name is a setting (/admin/settings): every title and every sentence that names the
// site follows it, on reader pages kept whole in the cache as much as on those rendered per
// request, the pages the proxy answers itself and the dashboard.
//
// Other specs expect "Broadside". They never run while this one does: Playwright runs one spec
// at a time here (workers: 1 in playwright.config.ts, checked below), and the name is put back
// after the test however it ends.

const ORIGINAL = 'Broadside'
const RENAMED = 'The Red Courier'

async function renameSite(browser: Browser, name: string) {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await signIn(page, staff.admin)
    await page.goto('/admin/settings')
    await page.getByRole('textbox', { name: 'Site name' }).fill(name)
    await page.getByRole('button', { name: 'Save settings' }).click()
    await expect(page.getByRole('main').getByRole('status')).toContainText('Settings saved')
  } finally {
    await context.close()
  }
}

/** The page's text as a reader sees it, and its title: neither may name the old site. */
async function expectNoOldName(page: Page, where: string) {
  expect(await page.title(), where).not.toContain(ORIGINAL)
  expect(await page.locator('body').innerText(), where).not.toContain(ORIGINAL)
}

test.describe('renaming the site', () => {
  test.afterEach(async ({ browser }) => {
    try {
      await renameSite(browser, ORIGINAL)
    } finally {
      // Should the dashboard fail, the name is still put back for the specs that follow.
      await query(`UPDATE "SiteSettings" SET "siteName" = $1 WHERE id = 1`, [ORIGINAL])
    }
  })

  test('changes the name in every title and sentence that names the site', async ({ browser, page }) => {
    expect(test.info().config.workers, 'no other spec may run while the site has another name').toBe(1)
    const tag = await createTag(`Masthead ${unique()}`)
    const article = await createArticle({ headline: `Print workers vote to strike ${unique()}`, tagIds: [tag.id] })
    const unknownArticle = `/article/no-such-piece-${unique()}`

    // Cached under the old name first, so the rename must reach pages already kept whole.
    for (const path of [`/article/${article.slug}`, `/tag/${tag.slug}`, '/privacy', '/login', unknownArticle, '/search?q=print+workers']) {
      await page.goto(path)
      await expect(page, path).toHaveTitle(new RegExp(` \\| ${ORIGINAL}$`))
    }

    await renameSite(browser, RENAMED)

    await page.goto(`/article/${article.slug}`)
    await expect(page).toHaveTitle(`${article.headline} | ${RENAMED}`)
    await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', RENAMED)
    await expect(page.getByRole('banner')).toContainText(RENAMED)
    await expect(page.getByRole('contentinfo')).toContainText(RENAMED)

    await page.goto(`/tag/${tag.slug}`)
    await expect(page).toHaveTitle(`${tag.name} | ${RENAMED}`)
    await expectNoOldName(page, 'tag page')

    // Search puts its results into a cached page of the site's chrome: that page follows the rename too.
    await page.goto('/search?q=print+workers')
    await expect(page).toHaveTitle(`Search: print workers | ${RENAMED}`)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow')
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: article.headline })).toBeVisible()
    await expect(page.getByRole('banner')).toContainText(RENAMED)
    await expectNoOldName(page, '/search')

    await page.goto('/join')
    await expect(page).toHaveTitle(`Join | ${RENAMED}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Join ${RENAMED}`)
    await expect(page.getByRole('main')).toContainText(`${RENAMED} has no billionaire owner`)
    await expect(page.getByRole('checkbox', { name: `I agree to ${RENAMED} keeping my details as described in the privacy notice.` })).toBeVisible()
    await expect(page.getByRole('button', { name: `Join ${RENAMED}` })).toBeVisible()
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', `Become a member of ${RENAMED}: independent journalism, paid for by its readers.`)
    await expectNoOldName(page, '/join')

    await page.goto('/newsletter')
    await expect(page).toHaveTitle(`Newsletter | ${RENAMED}`)
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', `The best of ${RENAMED} in your inbox every week.`)
    await expectNoOldName(page, '/newsletter')

    await page.goto('/privacy')
    await expect(page).toHaveTitle(`Privacy notice | ${RENAMED}`)
    await expect(page.getByRole('main')).toContainText(`This notice explains what ${RENAMED} keeps about members`)
    await expect(page.getByRole('main')).toContainText(`${RENAMED}’s administrators only`)
    await expectNoOldName(page, '/privacy')

    await page.goto('/login')
    await expect(page).toHaveTitle(`Staff sign-in | ${RENAMED}`)
    await expect(page.getByRole('link', { name: RENAMED, exact: true })).toBeVisible()
    await expectNoOldName(page, '/login')

    // Both kinds of 404: a page that found nothing to show (first, so it cannot lean on the other
    // having refreshed the not-found page), and an address nothing answers.
    for (const path of [unknownArticle, `/no/such/page-${unique()}`]) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page, path).toHaveTitle(`Page not found | ${RENAMED}`)
      await expect(page.getByRole('banner'), path).toContainText(RENAMED)
      await expectNoOldName(page, path)
    }

    // Pages the proxy sends itself learn the name from its database check, at most two seconds old.
    await expect(async () => {
      const response = await page.goto('/membership/unsubscribe?m=nobody&t=forged')
      expect(response?.status()).toBe(404)
      await expect(page).toHaveTitle(`This link isn't valid | ${RENAMED}`, { timeout: 1_000 })
    }).toPass({ timeout: 10_000 })
    await expectNoOldName(page, 'an invalid membership link')
    const preview = await page.goto('/preview/no-such-draft?token=1.forged')
    expect(preview?.status()).toBe(404)
    await expect(page).toHaveTitle(`Preview link invalid or expired | ${RENAMED}`)
    await expectNoOldName(page, 'an invalid preview link')

    const invite = await page.goto('/set-password?token=made-up')
    expect(invite?.status()).toBe(404)
    await expect(page).toHaveTitle(`This link has expired or has already been used | ${RENAMED}`)

    // Email goes out under the new name (MAIL_FROM is not set here), and says it.
    const joiner = newJoiner()
    await join(page, joiner)
    const mail = await waitForMail(joiner.email)
    expect(mail.headers.from).toContain(RENAMED)
    expect(mail.headers.from).not.toContain(ORIGINAL)
    expect(mail.text).not.toContain(ORIGINAL)

    // Staff see it too: the dashboard's own name, its titles, and its 403.
    await signIn(page, staff.contributor)
    await page.goto('/admin')
    await expect(page).toHaveTitle(`Articles · ${RENAMED} dashboard`)
    await page.goto('/admin/media')
    await expect(page).toHaveTitle(`Media library · ${RENAMED} dashboard`)
    await expect(page.getByRole('banner').getByRole('link', { name: RENAMED, exact: true })).toBeVisible()
    const refused = await page.goto('/admin/settings')
    expect(refused?.status()).toBe(403)
    await expect(page).toHaveTitle(`Not open to your role · ${RENAMED} dashboard`)
    await expectNoOldName(page, 'the dashboard’s 403')
  })
})
