import { expect, test, type Page } from '@playwright/test'
import { createArticle } from './support/content'
import { query } from './support/db'
import { bodyEditor } from './support/editor'
import { signIn, staff, unique } from './support/staff'

const saveStatus = (page: Page) => page.getByTestId('save-status').filter({ visible: true })

/** A draft of this test's own, owned by nobody in particular, so editors may edit it. */
async function createDraft(text: string): Promise<string> {
  const id = `wf${unique()}`
  const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }
  await query(`INSERT INTO "Article" (id, slug, headline, "bodyJson", "bodyText", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [
    id,
    `workflow-${id}`,
    `Workflow test ${id}`,
    JSON.stringify(doc),
    text,
  ])
  await query(`INSERT INTO "Revision" (id, "articleId", snapshot, version, reason) VALUES ($1, $2, $3, 1, 'create')`, [
    `r${id}`,
    id,
    JSON.stringify({ headline: `Workflow test ${id}`, standfirst: '', bodyJson: doc }),
  ])
  return id
}

const bodyText = async (id: string) => (await query<{ bodyText: string; version: number }>(`SELECT "bodyText", version FROM "Article" WHERE id = $1`, [id]))[0]!

test.describe('editing safely', () => {
  test('autosaves a few seconds after typing stops, and keeps typing made offline on the device until it is restored', async ({ page, context }) => {
    const id = await createDraft('The first line.')
    await signIn(page, staff.editor)
    await page.goto(`/admin/articles/${id}`)
    await expect(saveStatus(page)).toHaveText('Saved')
    await bodyEditor(page).click()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.type(' Autosaved words.')
    await expect(saveStatus(page)).toHaveText('Unsaved changes')
    await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 })
    expect((await bodyText(id)).bodyText).toContain('The first line. Autosaved words.')

    // The connection drops; typing goes on.
    await context.setOffline(true)
    await page.keyboard.type(' Written on the train.')
    await expect(saveStatus(page)).toHaveText('Offline — changes kept on this device', { timeout: 15_000 })
    expect((await bodyText(id)).bodyText).not.toContain('Written on the train.')
    // Within a couple of seconds (we promise at most 15) the words are in this device's storage.
    await expect
      .poll(() => page.evaluate(() => Object.values(localStorage).some((v) => v.includes('Written on the train.'))), { timeout: 5_000 })
      .toBe(true)

    // The tab is closed without saving (as a crash would); later, with the connection back, the text is offered.
    await page.close({ runBeforeUnload: false })
    await context.setOffline(false)
    const again = await context.newPage()
    await again.goto(`/admin/articles/${id}`)
    const offer = again.getByRole('alert', { name: 'Unsaved copy found' })
    await expect(offer).toContainText('Unsaved changes from')
    await expect(bodyEditor(again)).not.toContainText('Written on the train.')
    await offer.getByRole('button', { name: 'Restore my changes' }).click()
    await expect(bodyEditor(again)).toContainText('The first line. Autosaved words. Written on the train.')
    await expect(saveStatus(again)).toHaveText('Saved', { timeout: 15_000 })
    expect((await bodyText(id)).bodyText).toContain('Written on the train.')
  })

  test('refuses the second of two saves from the same version, keeps its text and shows the other version beside it', async ({ browser }) => {
    const id = await createDraft('Original paragraph.')
    const first = await browser.newContext()
    const second = await browser.newContext()
    const alice = await first.newPage()
    const bob = await second.newPage()
    await signIn(alice, staff.editor)
    await signIn(bob, staff.admin)
    await alice.goto(`/admin/articles/${id}`)
    await bob.goto(`/admin/articles/${id}`)

    await bodyEditor(alice).click()
    await alice.keyboard.press('ControlOrMeta+End')
    await alice.keyboard.type(' Alice adds a sentence.')
    await alice.keyboard.press('ControlOrMeta+s')
    await expect(saveStatus(alice)).toHaveText('Saved')

    await bodyEditor(bob).click()
    await bob.keyboard.press('ControlOrMeta+End')
    await bob.keyboard.type(' Bob adds another.')
    await bob.keyboard.press('ControlOrMeta+s')
    const conflict = bob.getByRole('alert', { name: 'Someone else saved first' })
    await expect(conflict).toContainText('Someone else saved this article')
    await expect(conflict.getByLabel('Their body')).toContainText('Alice adds a sentence.')
    await expect(conflict.getByLabel('Your body')).toContainText('Bob adds another.')
    // Bob's text is still in his editor, and Alice's save is intact in the database.
    await expect(bodyEditor(bob)).toContainText('Original paragraph. Bob adds another.')
    const stored = await bodyText(id)
    expect(stored.bodyText).toContain('Alice adds a sentence.')
    expect(stored.bodyText).not.toContain('Bob')

    // Bob chooses to keep his version, knowingly, and saves it.
    await conflict.getByRole('button', { name: 'Keep mine (then save)' }).click()
    await bob.keyboard.press('ControlOrMeta+s')
    await expect(saveStatus(bob)).toHaveText('Saved')
    expect((await bodyText(id)).bodyText).toContain('Bob adds another.')
    await first.close()
    await second.close()
  })

  test('keeps every revision, shows a word-level diff between two, and restores one, once confirmed, as a new revision', async ({ page }) => {
    const id = await createDraft('The council voted to close the library.')
    await signIn(page, staff.editor)
    await page.goto(`/admin/articles/${id}`)
    await bodyEditor(page).click()
    await page.keyboard.press('ControlOrMeta+End')
    for (let i = 0; i < 'close the library.'.length; i++) await page.keyboard.press('Backspace')
    await page.keyboard.type('keep the library open.')
    await page.keyboard.press('ControlOrMeta+s')
    await expect(saveStatus(page)).toHaveText('Saved')

    await page.getByRole('link', { name: 'History' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('History')
    const diff = page.getByRole('region', { name: /Changes from/ })
    await expect(diff.locator('del').first()).toHaveText('close ')
    await expect(diff.locator('ins').first()).toHaveText('keep ')
    await expect(diff).toContainText('library open.')

    const revisionsBefore = (await query(`SELECT id FROM "Revision" WHERE "articleId" = $1`, [id])).length
    await page.getByRole('link', { name: /^Restore revision/ }).first().click()
    await page.getByRole('button', { name: 'Restore this revision' }).click()
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Revision restored' })).toBeVisible()
    await expect(bodyEditor(page)).toContainText('The council voted to close the library.')
    expect((await bodyText(id)).bodyText).toBe('The council voted to close the library.')
    const after = await query<{ reason: string }>(`SELECT reason FROM "Revision" WHERE "articleId" = $1 ORDER BY "createdAt" DESC`, [id])
    expect(after.length).toBe(revisionsBefore + 1)
    expect(after[0]!.reason).toBe('restore')
  })
  test('a published piece changes for readers only when it is saved, and typing left behind within a second is kept on the device', async ({ page, request }) => {
    const article = await createArticle({ headline: `Live piece ${unique()}`, standfirst: 'The standfirst as published.' })
    const live = async () => (await query<{ standfirst: string }>(`SELECT standfirst FROM "Article" WHERE id = $1`, [article.id]))[0]!.standfirst
    await signIn(page, staff.editor)
    await page.goto(`/admin/articles/${article.id}`)
    await expect(saveStatus(page)).toHaveText('Saved')
    const standfirst = page.getByRole('textbox', { name: 'Standfirst' })
    await standfirst.fill('The standfirst as published. Half-typed correcti')
    await expect(saveStatus(page)).toHaveText('Unsaved changes: readers see them when you save')
    // Well past the moment a draft would have autosaved (3 s): nothing has gone to readers.
    await page.waitForTimeout(6_000)
    await expect(saveStatus(page)).toHaveText('Unsaved changes: readers see them when you save')
    expect(await live()).toBe('The standfirst as published.')
    expect(await (await request.get(`/article/${article.slug}`)).text()).not.toContain('Half-typed')

    // Off to the article list at once (a dashboard link: no page unload, so no prompt), then back.
    await standfirst.fill('The standfirst as published. Half-typed correction.')
    await page.getByRole('navigation').getByRole('link', { name: 'Articles', exact: true }).click()
    await page.waitForURL(/\/admin$/)
    await page.goto(`/admin/articles/${article.id}`)
    const offer = page.getByRole('alert', { name: 'Unsaved copy found' })
    await expect(offer).toBeVisible()
    // Until the editor chooses, the fields are closed: anything typed there would be replaced by either choice.
    await standfirst.focus()
    await expect(standfirst).not.toBeFocused()
    await page.keyboard.press('ControlOrMeta+s')
    await expect(page.getByRole('main').getByRole('alert').filter({ hasText: 'first restore or discard' })).toBeVisible()
    await offer.getByRole('button', { name: 'Restore my changes' }).click()
    await expect(standfirst).toHaveValue('The standfirst as published. Half-typed correction.')
    await standfirst.focus()
    await expect(standfirst).toBeFocused()
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(saveStatus(page)).toHaveText('Saved')
    expect(await live()).toBe('The standfirst as published. Half-typed correction.')
    await expect.poll(async () => (await request.get(`/article/${article.slug}`)).text()).toContain('Half-typed correction.')
  })

  test('saving after the session ended says so, keeps the text, and saves once the editor has signed in again in another tab', async ({ page, context }) => {
    const id = await createDraft('The depot reopens on Monday.')
    await signIn(page, staff.editor)
    await page.goto(`/admin/articles/${id}`)
    await expect(saveStatus(page)).toHaveText('Saved')
    // The session cookie expires while the editor types.
    await context.clearCookies()
    await bodyEditor(page).click()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.type(' Drivers voted to accept.')
    await page.keyboard.press('ControlOrMeta+s')
    const refusal = page.getByRole('main').getByRole('alert').filter({ hasText: 'you have been signed out' })
    await expect(refusal).toBeVisible()
    await expect(page.getByText('The server could not be reached')).toHaveCount(0)
    await expect(bodyEditor(page)).toContainText('Drivers voted to accept.')
    expect((await bodyText(id)).bodyText).toBe('The depot reopens on Monday.')

    const [other] = await Promise.all([context.waitForEvent('page'), refusal.getByRole('link', { name: 'Sign in again (opens a new tab)' }).click()])
    await signIn(other!, staff.editor)
    await other!.close()
    await page.keyboard.press('ControlOrMeta+s')
    await expect(saveStatus(page)).toHaveText('Saved')
    expect((await bodyText(id)).bodyText).toBe('The depot reopens on Monday. Drivers voted to accept.')
  })

  test('a new piece, once saved, is not offered back as unsaved the next time someone starts one', async ({ page }) => {
    await signIn(page, staff.editor)
    await page.goto('/admin/articles/new')
    await page.getByRole('textbox', { name: 'Headline', exact: true }).fill(`First of two ${unique()}`)
    await bodyEditor(page).click()
    await page.keyboard.type('Saved before the next one was started.')
    // Long enough for the copy on this device to be written.
    await expect.poll(() => page.evaluate(() => Object.values(localStorage).some((v) => v.includes('Saved before the next one')))).toBe(true)
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expect(page.getByRole('main').getByRole('status')).toContainText('Draft created')

    // Back to "New article" through the dashboard's links: Next shows the editor it kept alive,
    // hidden, which must come back empty rather than holding the piece just saved. (The saved
    // piece's editor is kept too, with the same field ids: fields are found by what is on screen.)
    await page.getByRole('navigation').getByRole('link', { name: 'Articles', exact: true }).click()
    await page.waitForURL(/\/admin$/)
    await page.getByRole('main').getByRole('link', { name: 'New article' }).click()
    await page.waitForURL(/\/admin\/articles\/new$/)
    await expect(page.locator('input[name="headline"]:visible')).toHaveValue('')
    await expect(page.locator('[contenteditable="true"]:visible')).not.toContainText('Saved before the next one')
    await expect(page.getByRole('alert', { name: 'Unsaved copy found' })).toHaveCount(0)

    await page.goto('/admin/articles/new')
    // Once React has taken over the form, a kept copy is offered on the next tick.
    await page.waitForFunction(() => Object.keys(document.querySelector('input[name="headline"]')!).some((k) => k.startsWith('__react')))
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)))
    await expect(page.getByRole('alert', { name: 'Unsaved copy found' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Save draft' })).toBeEnabled()
    expect(await page.evaluate(() => Object.values(localStorage).some((v) => v.includes('Saved before the next one')))).toBe(false)
  })
  test('a piece published while it is open (by the scheduler, or in another tab) stops autosaving and says why', async ({ page }) => {
    const id = await createDraft('Written before it went live.')
    await signIn(page, staff.editor)
    await page.goto(`/admin/articles/${id}`)
    await expect(saveStatus(page)).toHaveText('Saved')
    await query(`UPDATE "Article" SET status = 'PUBLISHED', "publishedAt" = now() WHERE id = $1`, [id])
    await bodyEditor(page).click()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.type(' Typed after it went live.')
    await expect(page.getByRole('main').getByRole('alert')).toContainText('This piece is published now, so it is no longer saved as you type', { timeout: 15_000 })
    await expect(saveStatus(page)).toHaveText('Unsaved changes: readers see them when you save')
    expect((await bodyText(id)).bodyText).not.toContain('Typed after it went live.')
  })

  test('a draft published with its own Publish button is no longer autosaved', async ({ page }) => {
    const id = await createDraft('Written as a draft.')
    await query(`UPDATE "Article" SET "wordCount" = 4 WHERE id = $1`, [id])
    await signIn(page, staff.editor)
    await page.goto(`/admin/articles/${id}`)
    await expect(saveStatus(page)).toHaveText('Saved')
    await page.getByRole('button', { name: 'Publish' }).click()
    await expect(page.getByRole('main').getByRole('status')).toContainText('Published')
    await bodyEditor(page).click()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.type(' Typed after publishing.')
    await expect(saveStatus(page)).toHaveText('Unsaved changes: readers see them when you save')
    await page.waitForTimeout(5_000)
    await expect(saveStatus(page)).toHaveText('Unsaved changes: readers see them when you save')
    expect((await bodyText(id)).bodyText).not.toContain('Typed after publishing.')
    // Nor was an autosave tried and refused.
    await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0)
  })
})
