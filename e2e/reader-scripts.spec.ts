import { expect, test, type Page } from '@playwright/test'
import { createArticle, createTag } from './support/content'
import { query } from './support/db'
import { signIn, staff, unique } from './support/staff'

// Reader pages go out without scripts (lib/reader-html.mjs) under a policy that lets none run
// (lib/security-headers.ts, readerCsp): they read in full without them, and a reader's phone
// is spared Next's runtime and React's payload. JavaScript is on in these tests, as for most readers.

/** Loads `path` and returns the scripts the page has and every script the browser fetched. */
async function visit(page: Page, path: string) {
  const fetched: string[] = []
  const onRequest = (r: { resourceType(): string; url(): string }) => r.resourceType() === 'script' && fetched.push(r.url())
  page.on('request', onRequest)
  const res = await page.goto(path)
  await page.waitForLoadState('load')
  page.off('request', onRequest)
  const scripts = await page.locator('script').evaluateAll((els) => els.map((el) => el.getAttribute('type') ?? 'script'))
  return { res: res!, fetched, scripts }
}

test('reader pages, first rendered and then from the cache, carry no scripts and read in full', async ({ page }) => {
  const tag = await createTag(`Tenancy ${unique()}`)
  const article = await createArticle({ headline: `Rent strike enters its third month ${unique()}`, body: 'Tenants on the Lowmarsh estate kept up the strike.', tagIds: [tag.id] })
  for (const round of ['first render', 'from the cache']) {
    const { res, fetched, scripts } = await visit(page, `/article/${article.slug}`)
    expect(res.status(), round).toBe(200)
    expect(res.headers()['content-security-policy'], round).toContain("script-src 'none'")
    // Only the structured data for search engines, which no browser runs.
    expect(scripts, round).toEqual(['application/ld+json'])
    expect(fetched, round).toEqual([])
    expect(await res.text(), round).not.toContain('__next_f')
    await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible()
    await expect(page.getByText('Tenants on the Lowmarsh estate kept up the strike.')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Before you go' })).toBeVisible()
  }
  // Links are plain page loads, and the next page is just as bare.
  await page.getByRole('link', { name: tag.name }).first().click()
  await expect(page).toHaveURL(new RegExp(`/tag/${tag.slug}$`))
  await expect(page.getByRole('link', { name: article.headline })).toBeVisible()
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0)

  // The home page, privacy (prerendered by the build), a section, search and 404s are reader pages too.
  const nowhere = `no-such-page-${unique()}`
  for (const path of ['/', '/privacy', '/section/news', '/search', '/search?q=strike', `/search?q=${nowhere}&page=2`, `/article/${nowhere}`, `/${nowhere}`]) {
    const { res, fetched, scripts } = await visit(page, path)
    expect(res.status(), path).toBe(path.includes(nowhere) ? 404 : 200)
    expect(res.headers()['content-security-policy'], path).toContain("script-src 'none'")
    expect(scripts.filter((t) => t !== 'application/ld+json'), path).toEqual([])
    expect(fetched, path).toEqual([])
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
  }
})

test('markup that got past sanitising still cannot run on a reader page', async ({ page }) => {
  // As if the sanitiser had a hole: the stored HTML is what a reader is sent.
  const article = await createArticle({ headline: `Hostile markup ${unique()}` })
  await query(`UPDATE "Article" SET "bodyHtml" = $2 WHERE id = $1`, [
    article.id,
    `<p>Ordinary words.</p><img src="data:," alt="" onerror="document.title='handler ran'"><script>document.title='script ran'</script>`,
  ])
  const blocked: string[] = []
  page.on('console', (m) => m.type() === 'error' && blocked.push(m.text()))
  const { res } = await visit(page, `/article/${article.slug}`)
  expect(res.status()).toBe(200)
  await expect(page.getByText('Ordinary words.')).toBeVisible()
  expect(await page.content()).not.toContain("document.title='script ran'")
  // The inline handler is in the page, and the policy refused to run it.
  expect(await page.title()).not.toMatch(/ran/)
  await expect.poll(() => blocked.some((m) => m.includes('Content Security Policy'))).toBe(true)
})

test('a page rendered with its scripts is never sent the policy that blocks them: sign-in, and reader pages in draft mode', async ({ page }) => {
  const blocked: string[] = []
  page.on('console', (m) => m.type() === 'error' && m.text().includes('Content Security Policy') && blocked.push(`${page.url()}: ${m.text()}`))
  const login = await visit(page, '/login')
  expect(login.scripts.filter((t) => t === 'script').length).toBeGreaterThan(0)
  expect(login.res.headers()['content-security-policy']).not.toContain("script-src 'none'")

  // Previewing turns on Next's draft mode for the editor's browser: every page is then rendered
  // for them per request, past the cache, scripts and all.
  await signIn(page, staff.editor)
  const article = await createArticle({ headline: `Seen in draft mode ${unique()}` })
  await page.goto(`/api/preview?id=${article.id}`)
  const { res, scripts } = await visit(page, `/article/${article.slug}`)
  expect(res.status()).toBe(200)
  expect(scripts.filter((t) => t === 'script').length).toBeGreaterThan(0)
  expect(res.headers()['content-security-policy']).not.toContain("script-src 'none'")
  await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible()
  expect(blocked).toEqual([])
})
