// Share links let someone without an account read a draft. A link that does not check out
// (altered, cut short, expired) must say so plainly, with a real 404, with or without
// JavaScript, and in the same words whether or not the piece exists.
import { expect, test, type Browser } from '@playwright/test'
import { signPreviewToken } from '../lib/preview-token'
import { createArticle } from './support/content'
import { signIn, staff, unique } from './support/staff'

const link = (id: string, expiresAt = new Date(Date.now() + 3 * 24 * 3600_000)) =>
  `/preview/${id}?token=${encodeURIComponent(signPreviewToken(process.env.NEXTAUTH_SECRET, id, expiresAt))}`
const altered = (url: string) => url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))

async function withoutJavaScript(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false })
  return { context, page: await context.newPage() }
}

test.describe('preview share links', () => {
  test('a reader without JavaScript reads the draft a valid link was made for', async ({ browser }) => {
    const draft = await createArticle({ headline: `Shared draft ${unique()}`, status: 'DRAFT', body: 'Words only the link holder may read.' })
    const { context, page } = await withoutJavaScript(browser)
    const response = await page.goto(link(draft.id))
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('status', { name: 'Preview' })).toContainText('readers cannot see it yet')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(draft.headline)
    await expect(page.locator('.article-body')).toContainText('Words only the link holder may read.')
    await expect(page.getByText('Loading the preview')).toHaveCount(0)
    await context.close()
  })

  test('an altered or expired link says so with a 404, without JavaScript, and reveals nothing about the piece', async ({ browser }) => {
    const draft = await createArticle({ headline: `Secret draft ${unique()}`, status: 'DRAFT', body: 'Nobody without a good link reads this.' })
    const { context, page } = await withoutJavaScript(browser)
    const bad = {
      altered: altered(link(draft.id)),
      expired: link(draft.id, new Date(Date.now() - 60_000)),
      'cut short': link(draft.id).slice(0, -5),
      'for another piece': `/preview/${draft.id}?token=${encodeURIComponent(signPreviewToken(process.env.NEXTAUTH_SECRET, `${draft.id}x`, new Date(Date.now() + 3600_000)))}`,
      'to a piece that does not exist': altered(link(`nosuch${unique()}`)),
    }
    const bodies = new Set<string>()
    for (const [kind, url] of Object.entries(bad)) {
      const response = await page.goto(url)
      expect(response?.status(), kind).toBe(404)
      expect(response?.headers()['cache-control'], kind).toMatch(/no-store/)
      await expect(page.getByRole('heading', { level: 1 }), kind).toHaveText('This preview link is invalid or has expired')
      await expect(page.getByRole('main'), kind).toContainText('Ask the editor who shared it with you for a new one.')
      await expect(page.getByText('Loading the preview'), kind).toHaveCount(0)
      const html = await response!.text()
      expect(html, kind).not.toContain(draft.headline)
      expect(html, kind).not.toContain('Nobody without a good link')
      bodies.add(html)
    }
    // One answer for all of them: whether the piece exists is not given away.
    expect(bodies.size).toBe(1)
    await context.close()
  })

  test('signed-in staff who open a stale link of their own still get their normal preview', async ({ page }) => {
    const draft = await createArticle({ headline: `Staff preview ${unique()}`, status: 'DRAFT' })
    await signIn(page, staff.editor)
    await page.goto(altered(link(draft.id)))
    await expect(page).toHaveURL(new RegExp(`/preview/${draft.id}$`))
    await expect(page.getByRole('status', { name: 'Preview' })).toContainText('readers cannot see it yet')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(draft.headline)
    await expect(page.getByRole('link', { name: 'Back to the editor' })).toBeVisible()
  })
})
