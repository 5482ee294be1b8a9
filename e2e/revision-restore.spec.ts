// Restoring an old revision: the editor is told what will happen and confirms first (a page and
// a form, so it works without JavaScript), a live piece changes for readers only then, and a
// published correction is never taken away by a restore.
import { expect, test, type Page } from '@playwright/test'
import { createArticle } from './support/content'
import { query } from './support/db'
import { signIn, staff, unique } from './support/staff'

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

/**
 * A piece whose first version had neither a correction nor a hero image; a later save changed
 * the headline and added both. Its history: "Created (version 1)", then "Saved (version 2)".
 */
async function pieceWithHistory(status: 'PUBLISHED' | 'DRAFT') {
  const u = unique()
  const [photo] = await query<{ id: string; credit: string; altText: string }>(`SELECT id, credit, "altText" FROM "Media" WHERE credit <> '' ORDER BY "createdAt" LIMIT 1`)
  const first = { headline: `Tenants win their rent strike ${u}`, body: 'The first version of the story.' }
  const now = { headline: `Tenants win the longest rent strike in years ${u}`, body: 'The story as it reads now.' }
  const correction = 'This article misstated the number of households on strike: it was 212, not 312.'
  const article = await createArticle({ ...now, status, heroImageId: photo!.id, correction })
  await query(`UPDATE "Article" SET version = 2, "correctionAt" = '2026-03-14T00:00:00Z' WHERE id = $1`, [article.id])
  const revision = (version: number, reason: string, minutesAgo: number, snapshot: object) =>
    query(`INSERT INTO "Revision" (id, "articleId", snapshot, version, reason, "createdAt") VALUES ($1, $2, $3, $4, $5, now() - make_interval(mins => $6))`, [
      `rev${unique()}`,
      article.id,
      JSON.stringify(snapshot),
      version,
      reason,
      minutesAgo,
    ])
  await revision(1, 'create', 120, { headline: first.headline, standfirst: '', bodyJson: doc(first.body), heroImageId: null, correction: '', correctionAt: null, showBeforeYouGo: true })
  await revision(2, 'save', 60, { headline: now.headline, standfirst: '', bodyJson: doc(now.body), heroImageId: photo!.id, correction, correctionAt: '2026-03-14T00:00:00.000Z', showBeforeYouGo: true })
  return { ...article, first, now, correction, photo: photo! }
}

const row = async (id: string) =>
  (
    await query<{ headline: string; bodyText: string; correction: string; correctionAt: Date | null; heroImageId: string | null; version: number }>(
      `SELECT headline, "bodyText", correction, "correctionAt", "heroImageId", version FROM "Article" WHERE id = $1`,
      [id],
    )
  )[0]!

/** The editor's browser with JavaScript switched off, still signed in. */
async function editorWithoutJavaScript(page: Page) {
  await signIn(page, staff.editor)
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() })
  return { context, page: await context.newPage() }
}

test.describe('restoring a revision', () => {
  test('of a live piece: the editor is told readers will see it at once and confirms, without JavaScript; the correction and hero image stay', async ({ page, browser }) => {
    const piece = await pieceWithHistory('PUBLISHED')
    const before = await row(piece.id)
    const editor = await editorWithoutJavaScript(page)
    const dash = editor.page

    await dash.goto(`/admin/articles/${piece.id}/history`)
    await dash.getByLabel('Restore revision 1').click()
    // Nothing has changed yet: this is the question, not the answer.
    await expect(dash.getByRole('heading', { level: 1 })).toHaveText('Restore this revision?')
    expect(await row(piece.id)).toEqual(before)
    await expect(dash.getByRole('note')).toContainText('This piece is live: readers will see the restored version at once.')
    const changes = dash.getByRole('region', { name: 'What the restore changes' })
    await expect(changes.locator('del').first()).toContainText('the longest')
    await expect(changes.locator('ins', { hasText: 'first version' })).toBeVisible()
    const also = dash.getByRole('region', { name: 'What else happens' })
    await expect(also).toContainText('The correction notice stays as it is now, dated 14 March 2026')
    await expect(also).toContainText('misstated the number of households')
    const keepHero = dash.getByRole('checkbox', { name: /^Keep the current hero image/ })
    await expect(keepHero).toBeChecked()
    await expect(keepHero).toHaveAccessibleName(new RegExp(`credit: ${piece.photo.credit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))

    // Cancel goes back and changes nothing.
    await dash.getByRole('link', { name: 'Cancel' }).click()
    await expect(dash).toHaveURL(new RegExp(`/admin/articles/${piece.id}/history$`))
    expect(await row(piece.id)).toEqual(before)

    await dash.getByLabel('Restore revision 1').click()
    await dash.getByRole('button', { name: 'Restore it on the live site now' }).click()
    await expect(dash).toHaveURL(new RegExp(`/admin/articles/${piece.id}\\?notice=restored-live$`))
    await expect(dash.getByRole('status').filter({ hasText: 'Revision restored, and live now' })).toBeVisible()
    await editor.context.close()

    const after = await row(piece.id)
    expect(after.headline).toBe(piece.first.headline)
    expect(after.bodyText).toBe(piece.first.body)
    expect(after.correction).toBe(piece.correction)
    expect(after.correctionAt).toEqual(before.correctionAt)
    expect(after.heroImageId).toBe(piece.photo.id)
    const [latest] = await query<{ reason: string }>(`SELECT reason FROM "Revision" WHERE "articleId" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [piece.id])
    expect(latest!.reason).toBe('restore')

    // What readers get: the restored words, with the correction and the credited hero image still there.
    const reader = await browser.newPage()
    expect((await reader.goto(`/article/${piece.slug}`))?.status()).toBe(200)
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(piece.first.headline)
    await expect(reader.getByRole('complementary', { name: 'Correction' })).toContainText('14 March 2026')
    await expect(reader.getByRole('complementary', { name: 'Correction' })).toContainText('misstated the number of households')
    await expect(reader.getByRole('article').locator('figure').first().locator('figcaption')).toContainText(piece.photo.credit)
    await reader.close()
  })

  test('of a draft: says readers see nothing yet, asks again if the piece changed meanwhile, and can bring back the old hero image', async ({ page }) => {
    const piece = await pieceWithHistory('DRAFT')
    await signIn(page, staff.editor)
    await page.goto(`/admin/articles/${piece.id}/history`)
    await page.getByLabel('Restore revision 1').click()
    await expect(page.getByRole('note')).toContainText('This piece is not live (draft).')
    await expect(page.getByRole('button', { name: 'Restore this revision' })).toBeVisible()

    // Someone saves the piece while the editor reads: what they were shown may no longer hold.
    await query(`UPDATE "Article" SET version = version + 1 WHERE id = $1`, [piece.id])
    const before = await row(piece.id)
    await page.getByRole('button', { name: 'Restore this revision' }).click()
    await expect(page.getByRole('main').getByRole('alert')).toContainText('Nothing was restored')
    expect(await row(piece.id)).toEqual(before)

    // Asked again, the editor lets the revision's hero image (none) come back too.
    await page.getByRole('checkbox', { name: /^Keep the current hero image/ }).uncheck()
    await page.getByRole('button', { name: 'Restore this revision' }).click()
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Revision restored' })).toBeVisible()
    const after = await row(piece.id)
    expect(after.headline).toBe(piece.first.headline)
    expect(after.heroImageId).toBeNull()
    expect(after.correction).toBe(piece.correction)
  })

  test('lists the settings a restore changes besides the words, and keeps any the revision did not record', async ({ page }) => {
    const u = unique()
    const [housing, politics] = await query<{ id: string; name: string }>(`SELECT id, name FROM "Section" ORDER BY position, name LIMIT 2`)
    const [tagNow] = await query<{ id: string; name: string }>(`SELECT id, name FROM "Tag" ORDER BY name LIMIT 1`)
    const article = await createArticle({ headline: `Settings piece ${u}`, status: 'DRAFT', sectionId: housing!.id, tagIds: [tagNow!.id] })
    await query(`UPDATE "Article" SET "seoTitle" = 'The title for search now' WHERE id = $1`, [article.id])
    const snapshot = (headline: string, extra: object) => ({ headline, standfirst: '', bodyJson: doc('Body.'), heroImageId: null, correction: '', correctionAt: null, ...extra })
    const insert = (version: number, snap: object, minutesAgo: number) =>
      query(`INSERT INTO "Revision" (id, "articleId", snapshot, version, reason, "createdAt") VALUES ($1, $2, $3, $4, 'save', now() - make_interval(mins => $5))`, [
        `rev${unique()}`,
        article.id,
        JSON.stringify(snap),
        version,
        minutesAgo,
      ])
    // Version 1 had another section, another tag, no search title and no "Before you go" box.
    await insert(1, snapshot(article.headline, { sectionId: politics!.id, tagNames: [`Old tag ${u}`], seoTitle: '', seoDescription: '', showBeforeYouGo: false }), 90)
    // Version 2 was recorded before snapshots held any settings: restoring it must not empty them.
    await insert(2, snapshot(article.headline, {}), 60)

    await signIn(page, staff.editor)
    await page.goto(`/admin/articles/${article.id}/history`)
    // The comparison of the two revisions shows their settings as well as their words.
    const compared = page.getByRole('region', { name: /^Changes from/ })
    const comparedSetting = (term: string) => compared.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]')
    await expect(comparedSetting('Section')).toHaveText(`${politics!.name} → becomes none`)
    await expect(comparedSetting('Tags')).toHaveText(`Old tag ${u} → becomes none`)
    await expect(comparedSetting('“Before you go” box')).toHaveText('hidden → becomes shown')
    await expect(compared.locator('dt')).toHaveText(['Section', 'Tags', '“Before you go” box'])

    await page.getByLabel('Restore revision 1').click()
    const also = page.getByRole('region', { name: 'What else happens' })
    const setting = (term: string) => also.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]')
    await expect(setting('Section')).toHaveText(`${housing!.name} → becomes ${politics!.name}`)
    await expect(setting('Tags')).toHaveText(`${tagNow!.name} → becomes Old tag ${u}`)
    await expect(setting('Search and social title')).toHaveText('“The title for search now” → becomes empty')
    await expect(setting('“Before you go” box')).toHaveText('shown → becomes hidden')
    // Unchanged settings are not listed.
    await expect(also.locator('dt')).toHaveText(['Section', 'Tags', 'Search and social title', '“Before you go” box'])
    await page.getByRole('button', { name: 'Restore this revision' }).click()
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Revision restored' })).toBeVisible()
    const settings = async () =>
      (
        await query<{ sectionId: string; seoTitle: string; showBeforeYouGo: boolean; tags: string[] }>(
          `SELECT a."sectionId", a."seoTitle", a."showBeforeYouGo", array(SELECT t.name FROM "ArticleTag" x JOIN "Tag" t ON t.id = x."tagId" WHERE x."articleId" = a.id) AS tags
             FROM "Article" a WHERE a.id = $1`,
          [article.id],
        )
      )[0]!
    expect(await settings()).toEqual({ sectionId: politics!.id, seoTitle: '', showBeforeYouGo: false, tags: [`Old tag ${u}`] })

    // Version 2 recorded no settings: the page says they stay, and the restore leaves them be.
    await page.goto(`/admin/articles/${article.id}/history`)
    await page.getByLabel('Restore revision 2').click()
    await expect(also).toContainText('are the same in this revision, and stay as they are')
    await page.getByRole('button', { name: 'Restore this revision' }).click()
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Revision restored' })).toBeVisible()
    expect(await settings()).toEqual({ sectionId: politics!.id, seoTitle: '', showBeforeYouGo: false, tags: [`Old tag ${u}`] })
  })
})
