import { expect, test, type Page } from '@playwright/test'
import { createArticle } from './support/content'
import { query } from './support/db'
import { bodyEditor } from './support/editor'
import { signIn, staff, unique } from './support/staff'

// A byline says in public who wrote a piece, and makes them one of its owners: writers and
// contributors credit themselves and guests; only an editor adds another staff member.

const saveStatus = (page: Page) => page.getByTestId('save-status').filter({ visible: true })

const bylineOf = async (articleId: string) =>
  (await query<{ name: string }>(`SELECT au.name FROM "ArticleAuthor" aa JOIN "Author" au ON au.id = aa."authorId" WHERE aa."articleId" = $1 ORDER BY aa.position`, [articleId])).map((r) => r.name)

const standfirstOf = async (articleId: string) => (await query<{ standfirst: string }>(`SELECT standfirst FROM "Article" WHERE id = $1`, [articleId]))[0]!.standfirst

test('a writer credits themselves and a guest but cannot add a colleague; an editor can, and the writer’s later saves keep them', async ({ page, browser }) => {
  test.setTimeout(90_000)
  const id = unique()
  const guest = `Grace Guestwriter ${id}`
  const ruth = (await query<{ id: string }>(`SELECT id FROM "Author" WHERE slug = 'ruth-calloway'`))[0]!.id

  await signIn(page, staff.writer)
  await page.goto('/admin/articles/new')
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill(`Tenants win their repairs ${id}`)
  await bodyEditor(page).click()
  await page.keyboard.type('The landlord gave way after a six-week rent strike.')

  // Their own byline is offered; a colleague's is not, nor can it be made again as a guest.
  const add = page.getByLabel('Add an author')
  await add.fill('Maya')
  await page.getByRole('button', { name: 'Add Maya Brennan' }).click()
  await add.fill('Ruth')
  await expect(page.getByRole('list', { name: 'Matching authors' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add Ruth Calloway' })).toHaveCount(0)
  await add.fill('ruth calloway')
  await page.getByRole('button', { name: 'Create guest author “ruth calloway”' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'is the byline of a staff member: only an editor can add it' })).toBeVisible()
  expect(await query(`SELECT id FROM "Author" WHERE lower(name) = 'ruth calloway' AND "userId" IS NULL`)).toEqual([])
  await add.fill(guest)
  await page.getByRole('button', { name: `Create guest author “${guest}”` }).click()
  const byline = page.getByRole('list', { name: 'Byline, in order' })
  await expect(byline.getByRole('listitem')).toHaveText([/Maya Brennan/, new RegExp(`${guest}\\s*\\(guest\\)`)])
  await page.getByRole('button', { name: 'Save draft' }).click()
  await page.waitForURL(/\/admin\/articles\/(?!new)[^/?]+/)
  const articleId = /\/admin\/articles\/([^/?]+)/.exec(page.url())![1]!
  expect(await bylineOf(articleId)).toEqual(['Maya Brennan', guest])

  // A save carrying a colleague's id all the same (a forged form) is refused, says why and loses nothing.
  await page.goto(`/admin/articles/${articleId}`)
  await expect(saveStatus(page)).toHaveText('Saved')
  await page.evaluate((authorId) => {
    const input = Object.assign(document.createElement('input'), { type: 'hidden', name: 'authorIds', value: authorId, id: 'forged-byline' })
    document.querySelector('input[name="authorIds"]')!.closest('form')!.append(input)
  }, ruth)
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('Typed before the refused save.')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText('Only an editor can add another staff member to a byline (Ruth Calloway).')).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue('Typed before the refused save.')
  expect(await bylineOf(articleId)).toEqual(['Maya Brennan', guest])
  expect(await standfirstOf(articleId)).toBe('')
  await page.evaluate(() => document.getElementById('forged-byline')!.remove())
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(saveStatus(page)).toHaveText('Saved')
  expect(await standfirstOf(articleId)).toBe('Typed before the refused save.')

  // An editor adds her.
  const editorContext = await browser.newContext()
  const editor = await editorContext.newPage()
  await signIn(editor, staff.editor)
  await editor.goto(`/admin/articles/${articleId}`)
  await expect(saveStatus(editor)).toHaveText('Saved')
  await editor.getByLabel('Add an author').fill('Ruth')
  await editor.getByRole('button', { name: 'Add Ruth Calloway' }).click()
  await editor.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(saveStatus(editor)).toHaveText('Saved')
  expect(await bylineOf(articleId)).toEqual(['Maya Brennan', guest, 'Ruth Calloway'])
  await editorContext.close()

  // The writer's next save keeps whoever an editor added.
  await page.goto(`/admin/articles/${articleId}`)
  await expect(saveStatus(page)).toHaveText('Saved')
  await expect(page.getByRole('list', { name: 'Byline, in order' }).getByRole('listitem')).toHaveText([/Maya Brennan/, new RegExp(guest), /Ruth Calloway/])
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('Saved again by the writer.')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(saveStatus(page)).toHaveText('Saved')
  expect(await standfirstOf(articleId)).toBe('Saved again by the writer.')
  expect(await bylineOf(articleId)).toEqual(['Maya Brennan', guest, 'Ruth Calloway'])
})

test('a writer restoring a revision that credits a colleague since taken off the byline is told only an editor can, and nothing changes', async ({ page }) => {
  const u = unique()
  const [writer] = await query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [staff.writer])
  const [maya] = await query<{ id: string }>(`SELECT id FROM "Author" WHERE slug = 'maya-brennan'`)
  const [ruth] = await query<{ id: string }>(`SELECT id FROM "Author" WHERE slug = 'ruth-calloway'`)
  const piece = await createArticle({ headline: `Rent strike ends ${u}`, body: 'As it reads now.', status: 'DRAFT', authorIds: [maya!.id] })
  await query(`UPDATE "Article" SET "createdById" = $2, version = 2 WHERE id = $1`, [piece.id, writer!.id])
  const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
  // Version 1 was co-written with Ruth Calloway (an editor added her); version 2 took her off.
  await query(`INSERT INTO "Revision" (id, "articleId", snapshot, version, reason, "createdAt") VALUES ($1, $2, $3, 1, 'create', now() - interval '1 hour')`, [
    `rev${unique()}`,
    piece.id,
    JSON.stringify({ headline: piece.headline, standfirst: '', bodyJson: doc('As it first read.'), authorIds: [maya!.id, ruth!.id], showBeforeYouGo: true }),
  ])
  await query(`INSERT INTO "Revision" (id, "articleId", snapshot, version, reason, "createdAt") VALUES ($1, $2, $3, 2, 'save', now() - interval '30 minutes')`, [
    `rev${unique()}`,
    piece.id,
    JSON.stringify({ headline: piece.headline, standfirst: '', bodyJson: doc('As it reads now.'), authorIds: [maya!.id], showBeforeYouGo: true }),
  ])

  await signIn(page, staff.writer)
  await page.goto(`/admin/articles/${piece.id}/history`)
  await page.getByLabel('Restore revision 1').click()
  await page.getByRole('button', { name: 'Restore this revision' }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${piece.id}\\?notice=restore-byline$`))
  await expect(page.getByRole('main').getByText('only an editor can add them back')).toBeVisible()
  expect(await bylineOf(piece.id)).toEqual(['Maya Brennan'])
  expect((await query<{ bodyText: string; version: number }>(`SELECT "bodyText", version FROM "Article" WHERE id = $1`, [piece.id]))[0]).toEqual({ bodyText: 'As it reads now.', version: 2 })
})
