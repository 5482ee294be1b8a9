import { expect, test } from '@playwright/test'
import { query } from './support/db'
import { bodyEditor, saveWithShortcut } from './support/editor'
import { signIn, staff, unique } from './support/staff'

test('a contributor submits, an editor sends it back with a note, it is fixed, scheduled a minute ahead, and goes live unattended', async ({ browser }) => {
  test.setTimeout(240_000)
  const id = unique()
  const headline = `Cleaners ballot for strike at the university ${id}`

  // A piece whose time passed while nobody was looking (as if the server had been down) also goes out.
  const overdue = `overdue${id}`
  await query(
    `INSERT INTO "Article" (id, slug, headline, "bodyJson", status, "scheduledFor", "updatedAt") VALUES ($1, $2, 'An overdue piece', '{"type":"doc","content":[]}', 'SCHEDULED', now() - interval '1 hour', now())`,
    [overdue, `overdue-${id}`],
  )

  const contributorContext = await browser.newContext()
  const contributor = await contributorContext.newPage()
  await signIn(contributor, staff.contributor)
  await contributor.goto('/admin/articles/new')
  await contributor.getByRole('textbox', { name: 'Headline', exact: true }).fill(headline)
  await bodyEditor(contributor).click()
  await contributor.keyboard.type('Cleaners at the university voted to ballot.')
  await saveWithShortcut(contributor)
  await expect(contributor.getByRole('button', { name: 'Publish' })).toHaveCount(0)
  await contributor.getByRole('button', { name: 'Submit for review' }).click()
  await expect(contributor.getByRole('main').getByRole('status').filter({ hasText: 'Submitted for review' })).toBeVisible()
  const articleId = contributor.url().match(/\/admin\/articles\/([^/?]+)/)![1]!
  // In review, the contributor can no longer change it, and the page says why.
  await expect(bodyEditor(contributor)).toHaveAttribute('contenteditable', 'false')
  await expect(contributor.getByRole('note')).toHaveText(/You can read this piece but not change it: it is with the editors for review/)

  const editorContext = await browser.newContext()
  const editor = await editorContext.newPage()
  await signIn(editor, staff.editor)
  await editor.goto('/admin/review')
  await editor.getByRole('link', { name: headline }).click()
  await editor.getByLabel('Note to the writer').fill('Add how many cleaners voted, please.')
  await editor.getByRole('button', { name: 'Send back' }).click()
  await expect(editor.getByRole('main').getByRole('status').filter({ hasText: 'Sent back' })).toBeVisible()

  await contributor.goto(`/admin/articles/${articleId}`)
  await expect(contributor.getByRole('complementary', { name: 'Note from the editor' })).toContainText('Add how many cleaners voted')
  await bodyEditor(contributor).click()
  await contributor.keyboard.press('ControlOrMeta+End')
  await contributor.keyboard.type(' Of 212 cleaners, 190 voted yes.')
  await saveWithShortcut(contributor)
  await contributor.getByRole('button', { name: 'Submit for review' }).click()
  await expect(contributor.getByRole('main').getByRole('status').filter({ hasText: 'Submitted for review' })).toBeVisible()

  // The editor approves it and schedules it about a minute ahead.
  await editor.goto(`/admin/articles/${articleId}`)
  const at = await editor.evaluate(() => {
    const d = new Date(Date.now() + 90_000)
    return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
  })
  await editor.getByLabel('Approve and schedule for').fill(at)
  await editor.getByRole('button', { name: 'Approve and schedule' }).click()
  await expect(editor.getByRole('main').getByRole('status').filter({ hasText: 'Scheduled' })).toBeVisible()
  const [row] = await query<{ slug: string; status: string; scheduledFor: Date }>(`SELECT slug, status, "scheduledFor" FROM "Article" WHERE id = $1`, [articleId])
  expect(row!.status).toBe('SCHEDULED')
  await editorContext.close()
  await contributorContext.close()

  // Nobody touches anything now. The overdue piece goes out at the next check...
  const reader = await browser.newPage()
  await expect.poll(async () => (await reader.request.get(`/article/overdue-${id}`)).status(), { timeout: 45_000, intervals: [2_000] }).toBe(200)
  // ...and the scheduled one is not live early, but is within 60 seconds of its time.
  if (Date.now() < row!.scheduledFor.getTime() - 5_000) expect((await reader.request.get(`/article/${row!.slug}`)).status()).toBe(404)
  await expect
    .poll(async () => (await reader.request.get(`/article/${row!.slug}`)).status(), { timeout: row!.scheduledFor.getTime() - Date.now() + 60_000, intervals: [3_000] })
    .toBe(200)
  const [live] = await query<{ status: string; publishedAt: Date }>(`SELECT status, "publishedAt" FROM "Article" WHERE id = $1`, [articleId])
  expect(live!.status).toBe('PUBLISHED')
  expect(live!.publishedAt.getTime()).toBeGreaterThanOrEqual(row!.scheduledFor.getTime())
  expect(live!.publishedAt.getTime()).toBeLessThan(row!.scheduledFor.getTime() + 60_000)
  await reader.goto(`/article/${row!.slug}`)
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(headline)
  await expect(reader.locator('.article-body')).toContainText('190 voted yes')
  // Published once, however many checks ran, and the history says by whom.
  expect(await query(`SELECT id FROM "Revision" WHERE "articleId" = $1 AND reason = 'publish'`, [articleId])).toHaveLength(1)
  await reader.close()
  const history = await browser.newPage()
  await signIn(history, staff.editor)
  await history.goto(`/admin/articles/${articleId}/history`)
  await expect(history.getByRole('row').filter({ hasText: 'Published' }).first()).toContainText('the scheduler,')
})
