import { expect, test } from '@playwright/test'
import { query } from './support/db'
import { signIn, staff, unique } from './support/staff'

// "Keep them all unless an admin prunes": an administrator previews, confirms and deletes old
// saves; the newest, the current version and every milestone stay; the audit log records it.

async function articleWithHistory() {
  const id = `prune${unique()}`
  await query(
    `INSERT INTO "Article" (id, slug, headline, "bodyJson", status, "publishedAt", version, "updatedAt")
     VALUES ($1, $2, $3, '{"type":"doc","content":[]}', 'PUBLISHED', now() - interval '65 days', 7, now())`,
    [id, `prune-story-${id}`, `A piece with a long history ${id}`],
  )
  // [name, reason, version, days ago]
  const history = [
    ['created', 'create', 1, 90],
    ['early-save', 'save', 2, 80],
    ['early-autosave', 'autosave', 3, 70],
    ['published', 'publish', 3, 65],
    ['later-save', 'save', 4, 60],
    ['last-month', 'save', 5, 45],
    ['last-week', 'save', 6, 10],
    ['yesterday', 'save', 7, 1],
  ] as const
  const ids: Record<string, string> = {}
  for (const [name, reason, version, days] of history) {
    ids[name] = `${name}-${id}`
    const snapshot = { headline: `A piece with a long history ${id}`, bodyJson: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Words as of ${name}` }] }] } }
    await query(`INSERT INTO "Revision" (id, "articleId", snapshot, version, reason, "createdAt") VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6))`, [
      ids[name],
      id,
      JSON.stringify(snapshot),
      version,
      reason,
      days,
    ])
  }
  return { id, ids }
}

test('an administrator prunes old revisions after a preview and a confirmation; what is left is listed and audited', async ({ page }) => {
  const { id, ids } = await articleWithHistory()
  await signIn(page, staff.admin)
  await page.goto(`/admin/articles/${id}/history`)
  await expect(page.getByRole('row')).toHaveCount(1 + 8)

  const prune = page.getByRole('region', { name: 'Prune old revisions' })
  await prune.getByLabel('Older than (days)').fill('30')
  await prune.getByLabel('Keep the newest').fill('2')
  await prune.getByRole('button', { name: 'Preview' }).click()
  await expect(prune.getByRole('status')).toHaveText('4 of 8 revisions would be deleted (marked “Will be deleted” above).')
  await expect(page.getByRole('row').filter({ hasText: 'Will be deleted' })).toHaveCount(4)
  expect(await query(`SELECT count(*)::int AS n FROM "Revision" WHERE "articleId" = $1`, [id])).toEqual([{ n: 8 }])

  // Not without the box ticked.
  const del = prune.getByRole('button', { name: 'Delete 4 revisions' })
  await del.click()
  expect(await query(`SELECT count(*)::int AS n FROM "Revision" WHERE "articleId" = $1`, [id])).toEqual([{ n: 8 }])
  await prune.getByLabel('I understand these 4 revisions will be deleted for good.').check()
  await del.click()

  await expect(page.getByRole('status').first()).toContainText('Old revisions deleted')
  await expect(page.getByRole('row')).toHaveCount(1 + 4)
  await expect(page.getByRole('row').filter({ hasText: 'Will be deleted' })).toHaveCount(0)
  const left = await query<{ id: string }>(`SELECT id FROM "Revision" WHERE "articleId" = $1 ORDER BY "createdAt"`, [id])
  // The creation and publication milestones, and the two newest (the newest is the current version).
  expect(left.map((r) => r.id)).toEqual([ids.created, ids.published, ids['last-week'], ids.yesterday])
  for (const what of ['Created', 'Published']) await expect(page.getByRole('row').filter({ hasText: what })).toHaveCount(1)

  const [audit] = await query<{ actorEmail: string; subject: string; detail: Record<string, unknown> }>(
    `SELECT "actorEmail", subject, detail FROM "AuditLog" WHERE action = 'article.revisions_prune' AND detail->>'articleId' = $1`,
    [id],
  )
  expect(audit).toMatchObject({ actorEmail: staff.admin, subject: `A piece with a long history ${id}`, detail: { deleted: 4, kept: 4, olderThanDays: 30, keepNewest: 2 } })
  await page.goto('/admin/audit')
  await expect(page.getByRole('row').filter({ hasText: `A piece with a long history ${id}` }).first()).toBeVisible()
})

test('an editor sees the history but no way to prune it', async ({ page }) => {
  const { id } = await articleWithHistory()
  await signIn(page, staff.editor)
  await page.goto(`/admin/articles/${id}/history?pruneDays=1&pruneKeep=1`)
  await expect(page.getByRole('heading', { name: /^History:/ })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Prune old revisions' })).toHaveCount(0)
  await expect(page.getByText('Will be deleted')).toHaveCount(0)
  await expect(page.getByRole('row')).toHaveCount(1 + 8)
})
