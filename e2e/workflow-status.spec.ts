import { expect, test, type Browser, type Page } from '@playwright/test'
import { createArticle } from './support/content'
import { query, testDb } from './support/db'
import { bodyEditor, saveWithShortcut } from './support/editor'
import { signIn, staff, unique } from './support/staff'

const saveStatus = (page: Page) => page.getByTestId('save-status').filter({ visible: true })
const notice = (page: Page, text: string) => page.getByRole('main').getByRole('status').filter({ hasText: text })
const headlineField = (page: Page) => page.getByRole('textbox', { name: 'Headline', exact: true })

type Row = { headline: string; standfirst: string; bodyText: string; status: string; slug: string }
const stored = async (id: string) =>
  (await query<Row>(`SELECT headline, standfirst, "bodyText", status, slug FROM "Article" WHERE id = $1`, [id]))[0]!

/** Starts a piece through the dashboard and saves it, as its writer would; returns its id. */
async function startPiece(page: Page, headline: string, body: string): Promise<string> {
  await page.goto('/admin/articles/new')
  await headlineField(page).fill(headline)
  await bodyEditor(page).click()
  await page.keyboard.type(body)
  await saveWithShortcut(page)
  return page.url().match(/\/admin\/articles\/([^/?]+)/)![1]!
}

/** One piece open in two browsers: Alice (an editor) and Bob (an administrator), each signed in. */
async function openTwice(browser: Browser, id: string) {
  const contexts = [await browser.newContext(), await browser.newContext()]
  const [alice, bob] = [await contexts[0]!.newPage(), await contexts[1]!.newPage()]
  await signIn(alice, staff.editor)
  await signIn(bob, staff.admin)
  await alice.goto(`/admin/articles/${id}`)
  await bob.goto(`/admin/articles/${id}`)
  return { alice, bob, close: () => Promise.all(contexts.map((c) => c.close())) }
}

/** Types at the end of the body. */
async function addToBody(page: Page, text: string) {
  await bodyEditor(page).click()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.type(text)
}

test.describe('a status change saves what is in the editor first', () => {
  test('a contributor who submits straight after typing sends the new text, and an editor who approves straight after editing schedules theirs', async ({ browser }) => {
    test.setTimeout(120_000)
    const contributorContext = await browser.newContext()
    const page = await contributorContext.newPage()
    await signIn(page, staff.contributor)
    const id = await startPiece(page, `Tenants win repairs ${unique()}`, 'The landlord agreed to fix the damp.')

    // A new sentence and a new standfirst, then Submit at once: well before any autosave.
    await addToBody(page, ' Every flat will be inspected by March.')
    await page.getByRole('textbox', { name: 'Standfirst' }).fill('A rent strike ends in a signed agreement.')
    await expect(saveStatus(page)).toHaveText('Unsaved changes')
    await page.getByRole('button', { name: 'Submit for review' }).click()
    await expect(notice(page, 'Submitted for review')).toBeVisible()

    const row = await stored(id)
    expect(row.status).toBe('IN_REVIEW')
    expect(row.bodyText).toContain('Every flat will be inspected by March.')
    expect(row.standfirst).toBe('A rent strike ends in a signed agreement.')
    // The version the editors review (the revision the submission made) is the new one.
    const [submitted] = await query<{ snapshot: { standfirst: string } }>(`SELECT snapshot FROM "Revision" WHERE "articleId" = $1 AND reason = 'submit'`, [id])
    expect(submitted!.snapshot.standfirst).toBe('A rent strike ends in a signed agreement.')
    // Nothing is left unsaved, and the page after a reload shows the same text.
    await expect(saveStatus(page)).toHaveText('Saved')
    await page.reload()
    await expect(bodyEditor(page)).toContainText('Every flat will be inspected by March.')
    await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue('A rent strike ends in a signed agreement.')
    await contributorContext.close()

    // An editor adds a line and approves and schedules it without saving by hand.
    const editorContext = await browser.newContext()
    const editor = await editorContext.newPage()
    await signIn(editor, staff.editor)
    await editor.goto(`/admin/articles/${id}`)
    await expect(saveStatus(editor)).toHaveText('Saved')
    await addToBody(editor, ' The council will check the work.')
    const at = await editor.evaluate(() => {
      const d = new Date(Date.now() + 24 * 60 * 60_000)
      return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
    })
    await editor.getByLabel('Approve and schedule for').fill(at)
    await editor.getByRole('button', { name: 'Approve and schedule' }).click()
    await expect(notice(editor, 'Scheduled')).toBeVisible()
    const scheduled = await stored(id)
    expect(scheduled.status).toBe('SCHEDULED')
    expect(scheduled.bodyText).toContain('The council will check the work.')
    await editorContext.close()
  })

  test('a writer who publishes straight after editing the headline and body publishes those edits', async ({ page, request }) => {
    await signIn(page, staff.writer)
    const id = await startPiece(page, `Library stays open ${unique()}`, 'The council backed down.')
    const headline = `Library saved by its readers ${unique()}`
    await headlineField(page).fill(headline)
    await addToBody(page, ' Four thousand people signed the petition.')
    await page.getByRole('button', { name: 'Publish' }).click()
    await expect(notice(page, 'Published')).toBeVisible()

    const row = await stored(id)
    expect(row.status).toBe('PUBLISHED')
    expect(row.headline).toBe(headline)
    const response = await request.get(`/article/${row.slug}`)
    expect(response.status()).toBe(200)
    await page.goto(`/article/${row.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline)
    await expect(page.locator('.article-body')).toContainText('Four thousand people signed the petition.')
  })

  test('a status change is refused while the editor holds an edit that cannot be saved, says why, and keeps every edit', async ({ page, request }) => {
    await signIn(page, staff.writer)
    const first = `Bins collected again ${unique()}`
    const id = await startPiece(page, first, 'The strike is over.')
    await headlineField(page).fill('')
    await addToBody(page, ' Crews start at dawn.')
    await page.getByRole('button', { name: 'Publish' }).click()

    const refusal = page.getByRole('main').getByRole('alert')
    await expect(refusal).toContainText('Not published, because your changes could not be saved first')
    await expect(page.getByText('Give the piece a headline.')).toBeVisible()
    await expect(headlineField(page)).toHaveAttribute('aria-invalid', 'true')
    // Nothing changed on the server, and every edit is still in the editor.
    const row = await stored(id)
    expect(row.status).toBe('DRAFT')
    expect(row.headline).toBe(first)
    expect(row.bodyText).not.toContain('Crews start at dawn.')
    await expect(headlineField(page)).toHaveValue('')
    await expect(bodyEditor(page)).toContainText('The strike is over. Crews start at dawn.')
    await expect(saveStatus(page)).toHaveText('Unsaved changes')
    expect(page.url()).not.toContain('notice=published')

    // With a headline again, the same click saves and publishes.
    const headline = `Bin crews back at dawn ${unique()}`
    await headlineField(page).fill(headline)
    await page.getByRole('button', { name: 'Publish' }).click()
    await expect(notice(page, 'Published')).toBeVisible()
    const published = await stored(id)
    expect(published.status).toBe('PUBLISHED')
    expect(published.headline).toBe(headline)
    expect(published.bodyText).toContain('Crews start at dawn.')
    expect(await (await request.get(`/article/${published.slug}`)).text()).toContain(headline)
  })

  test('a status change is refused when someone else saved first, and goes ahead once the editor keeps their own version', async ({ browser, request }) => {
    const article = await createArticle({ headline: `Pool reopens ${unique()}`, status: 'DRAFT', body: 'The pool reopens in June.' })
    const { alice, bob, close } = await openTwice(browser, article.id)
    await expect(saveStatus(bob)).toHaveText('Saved')

    await addToBody(alice, ' Alice adds the opening hours.')
    await alice.keyboard.press('ControlOrMeta+s')
    await expect(saveStatus(alice)).toHaveText('Saved')

    await addToBody(bob, ' Bob adds the prices.')
    await bob.getByRole('button', { name: 'Publish' }).click()
    await expect(bob.getByRole('main').getByRole('alert').filter({ hasText: 'Not published' })).toContainText('Not published, because your changes could not be saved first')
    const conflict = bob.getByRole('alert', { name: 'Someone else saved first' })
    await expect(conflict.getByLabel('Their body')).toContainText('Alice adds the opening hours.')
    await expect(bodyEditor(bob)).toContainText('Bob adds the prices.')
    expect((await stored(article.id)).status).toBe('DRAFT')

    // Bob keeps his version, knowingly; the next Publish saves it over Alice's and publishes it.
    await conflict.getByRole('button', { name: 'Keep mine (then save)' }).click()
    await bob.getByRole('button', { name: 'Publish' }).click()
    await expect(notice(bob, 'Published')).toBeVisible()
    const row = await stored(article.id)
    expect(row.status).toBe('PUBLISHED')
    expect(row.bodyText).toContain('Bob adds the prices.')
    expect(await (await request.get(`/article/${row.slug}`)).text()).toContain('Bob adds the prices.')
    await close()
  })
})

test.describe('a status change names the version it was chosen for', () => {
  test('an editor with nothing unsaved cannot publish a colleague’s later save unseen, and a change already made elsewhere is not reported as done', async ({ browser }) => {
    const article = await createArticle({ headline: `Depot ballot ${unique()}`, status: 'DRAFT', body: 'The depot votes on Friday.' })
    const { alice, bob, close } = await openTwice(browser, article.id)
    await expect(saveStatus(alice)).toHaveText('Saved')

    // Bob saves a change; Alice, with nothing unsaved, presses Publish on the page she opened before it.
    await addToBody(bob, ' Bob adds an unchecked claim.')
    await bob.keyboard.press('ControlOrMeta+s')
    await expect(saveStatus(bob)).toHaveText('Saved')
    await alice.getByRole('button', { name: 'Publish' }).click()
    await expect(alice.getByRole('main').getByRole('alert').filter({ hasText: 'Nothing changed' })).toContainText('someone else saved this piece since you opened it')
    expect((await stored(article.id)).status).toBe('DRAFT')

    // Read as it is now, it publishes.
    await alice.goto(`/admin/articles/${article.id}`)
    await alice.getByRole('button', { name: 'Publish' }).click()
    await expect(notice(alice, 'Published')).toBeVisible()

    // Bob's page still offers Publish (he opened it as a draft): pressing it is not reported as done by him.
    await bob.getByRole('button', { name: 'Publish' }).click()
    await expect(bob.getByRole('main').getByRole('alert').filter({ hasText: 'Nothing changed' })).toBeVisible()
    await expect(notice(bob, 'Published. It is live now.')).toHaveCount(0)
    await close()
  })
})

test.describe('the editor follows the piece as it really is', () => {
  test('a piece unpublished in another tab says so when it is saved here, and is autosaved again like any draft', async ({ page, context }) => {
    const article = await createArticle({ headline: `Depot reopens ${unique()}` })
    await signIn(page, staff.editor)
    await page.goto(`/admin/articles/${article.id}`)
    await expect(saveStatus(page)).toHaveText('Saved')

    const other = await context.newPage()
    await other.goto(`/admin/articles/${article.id}`)
    await other.getByRole('button', { name: 'Unpublish' }).click()
    await expect(notice(other, 'Unpublished')).toBeVisible()
    await other.close()

    await headlineField(page).fill(`Depot reopens on Monday ${unique()}`)
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(notice(page, 'Saved')).toContainText('not published')
    // The page now says what the piece is: not live, so it can be published again.
    await expect(page.getByRole('main').getByText('Unpublished', { exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeVisible()
    await addToBody(page, ' Buses run from six.')
    await expect(saveStatus(page)).toHaveText('Unsaved changes')
    await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 })
    expect((await stored(article.id)).bodyText).toContain('Buses run from six.')
  })

  test('Unpublish leaves unsaved edits in the editor, where they are saved as a draft, not offered back as a lost copy', async ({ page, request }) => {
    const article = await createArticle({ headline: `Bus lanes ${unique()}`, standfirst: 'As published.' })
    await signIn(page, staff.editor)
    await page.goto(`/admin/articles/${article.id}`)
    await expect(saveStatus(page)).toHaveText('Saved')
    // The body editor is drawn in the browser: once it is there the page is live, and typing is not lost to hydration.
    await expect(bodyEditor(page)).toBeVisible()
    await page.getByRole('textbox', { name: 'Standfirst' }).fill('Rewritten while it comes down.')
    await page.getByRole('button', { name: 'Unpublish' }).click()
    await expect(notice(page, 'Unpublished')).toBeVisible()
    // Unpublished without saving the edit first (readers never saw it), and the edit is still here.
    expect((await request.get(`/article/${article.slug}`)).status()).toBe(404)
    await expect(page.getByRole('alert', { name: 'Unsaved copy found' })).toHaveCount(0)
    await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue('Rewritten while it comes down.')
    // A draft now, so it is autosaved like one.
    await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 })
    expect(await query<{ standfirst: string; status: string }>(`SELECT standfirst, status FROM "Article" WHERE id = $1`, [article.id])).toEqual([
      { standfirst: 'Rewritten while it comes down.', status: 'UNPUBLISHED' },
    ])
  })

  test('"Last edited" follows each save, with who saved it', async ({ page }) => {
    const article = await createArticle({ headline: `Market hall ${unique()}`, status: 'DRAFT' })
    await query(`UPDATE "Article" SET "updatedAt" = '2020-01-02T10:00:00Z' WHERE id = $1`, [article.id])
    await signIn(page, staff.editor)
    await page.goto(`/admin/articles/${article.id}`)
    const lastEdited = page.getByText(/^Last edited/).filter({ visible: true })
    await expect(lastEdited).toContainText('2020')
    await expect(lastEdited).not.toContainText(' by ')
    await addToBody(page, ' Stalls return in spring.')
    await page.keyboard.press('ControlOrMeta+s')
    await expect(saveStatus(page)).toHaveText('Saved')
    await expect(lastEdited).not.toContainText('2020')
    await expect(lastEdited).toContainText(String(new Date().getFullYear()))
    await expect(lastEdited).toContainText(/ by Eddie Editor$/)
  })
})

test('a contributor\'s save that was under way when an editor published the piece does not reach readers', async ({ browser }) => {
  test.setTimeout(90_000)
  const contributorContext = await browser.newContext()
  const page = await contributorContext.newPage()
  await signIn(page, staff.contributor)
  const id = await startPiece(page, `Repairs agreed ${unique()}`, 'The landlord agreed to fix the damp.')

  // An editor has the piece open, ready to publish it as it was submitted.
  const editorContext = await browser.newContext()
  const editor = await editorContext.newPage()
  await signIn(editor, staff.editor)
  await editor.goto(`/admin/articles/${id}`)

  // Hold the contributor's save part-way, after its checks and before its write: another
  // transaction holds a new tag of the same name, so the save's insert of it waits until that
  // transaction ends. (Briefly: a save's transaction gives up after five seconds.)
  const held = `Held tag ${unique()}`
  await page.getByLabel(/^Add a tag/).filter({ visible: true }).fill(held)
  await page.getByRole('button', { name: `Create tag “${held}”` }).click()
  await addToBody(page, ' Words no editor has read.')
  const lock = await testDb().connect()
  try {
    await lock.query('BEGIN')
    await lock.query(`INSERT INTO "Tag" (id, name, slug, "updatedAt") VALUES ($1, $2, $3, now())`, [`tag${unique()}`, held, held.toLowerCase().replace(/[^a-z0-9]+/g, '-')])
    await page.keyboard.press('ControlOrMeta+s')
    await expect.poll(async () => (await query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`))[0]!.n, { intervals: [50] }).toBeGreaterThan(0)
    // Meanwhile the editor publishes.
    await editor.getByRole('button', { name: 'Publish', exact: true }).click()
    await expect(notice(editor, 'Published')).toBeVisible()
  } finally {
    await lock.query('ROLLBACK')
    lock.release()
  }
  await editorContext.close()

  // The contributor's save goes on, finds the piece published, and is refused: contributors cannot edit a live piece.
  await expect(page.getByRole('main').getByRole('alert').filter({ hasText: 'You cannot edit this article' })).toBeVisible()
  const row = await stored(id)
  expect(row.status).toBe('PUBLISHED')
  expect(row.bodyText).not.toContain('Words no editor has read')
  const reader = await browser.newPage()
  await reader.goto(`/article/${row.slug}`)
  await expect(reader.getByRole('article')).toContainText('The landlord agreed to fix the damp.')
  await expect(reader.getByRole('article')).not.toContainText('Words no editor has read')
  await reader.close()
  await contributorContext.close()
})
