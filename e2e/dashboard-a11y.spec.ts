import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { query } from './support/db'
import { signIn, staff } from './support/staff'

// The pages staff and would-be members spend their time on pass axe (WCAG 2.1 AA) too: the
// sign-in and join forms, and the dashboard's article list, editor, review queue and member list.

async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`).slice(0, 3).join(", ")})`)
  expect(summary, name).toEqual([])
  await expect(page.locator('h1'), name).toHaveCount(1)
  await expect(page.getByRole('main'), name).toHaveCount(1)
}

test('the sign-in and join forms pass axe with no violations', async ({ page }) => {
  for (const path of ['/login', '/join', '/newsletter']) {
    await page.goto(path)
    await expectAccessible(page, path)
  }
})

for (const scheme of ['light', 'dark'] as const) {
  test(`the dashboard's main pages pass axe with no violations (${scheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: scheme })
    const page = await context.newPage()
    await signIn(page, staff.admin)
    const [article] = await query<{ id: string }>(`SELECT id FROM "Article" WHERE status = 'PUBLISHED' AND "heroImageId" IS NOT NULL ORDER BY "publishedAt" DESC LIMIT 1`)
    const [tag] = await query<{ id: string }>(`SELECT id FROM "Tag" ORDER BY name LIMIT 1`)
    const [staffAuthor] = await query<{ id: string }>(`SELECT id FROM "Author" WHERE "userId" IS NOT NULL ORDER BY name LIMIT 1`)
    const paths = [
      '/admin',
      '/admin?author=maya&tag=Housing',
      `/admin/articles/${article!.id}`,
      '/admin/articles/new',
      '/admin/review',
      '/admin/members',
      '/admin/tags',
      // The confirmation before a delete, and an author's refusal.
      `/admin/tags/${tag!.id}/delete`,
      `/admin/authors/${staffAuthor!.id}/delete`,
    ]
    for (const path of paths) {
      await page.goto(path)
      await expectAccessible(page, path)
    }
    await context.close()
  })
}
