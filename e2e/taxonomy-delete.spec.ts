import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { createArticle, createAuthor, createTag } from './support/content'
import { query } from './support/db'
import { formFields, replay } from './support/replay'
import { signIn, staff, unique } from './support/staff'

// A tester found that a mistyped section ("Cultre") could never go. Editors now delete
// sections, tags and guest authors from their pages, after a page that says what will happen;
// readers stop seeing them at once, and the audit log says who did it.

const status = async (request: APIRequestContext, path: string) => (await request.get(path, { maxRedirects: 0 })).status()

async function addRedirect(kind: 'tag' | 'section' | 'author', oldSlug: string, targetId: string) {
  await query(`INSERT INTO "SlugRedirect" (id, kind, "oldSlug", "targetId") VALUES ($1, $2, $3, $4)`, [`red${unique()}`, kind, oldSlug, targetId])
}

const redirectsTo = (targetId: string) => query(`SELECT "oldSlug" FROM "SlugRedirect" WHERE "targetId" = $1`, [targetId])

async function editorsName() {
  const [row] = await query<{ name: string }>(`SELECT name FROM "User" WHERE email = $1`, [staff.editor])
  return row!.name
}

/** The audit log as an administrator reads it, filtered to tags, sections and authors. */
async function auditRow(page: Page, subject: string) {
  await signIn(page, staff.admin)
  await page.goto('/admin/audit')
  await page.getByRole('navigation', { name: 'Filter the log' }).getByRole('link', { name: 'Tags, sections and authors' }).click()
  return page.getByRole('row').filter({ hasText: subject })
}

test.describe('deleting sections, tags and authors', () => {
  test('an editor deletes a mistyped section: it leaves the navigation, its page and feed are 404s, its articles stay with no section', async ({ page, browser, request }) => {
    const id = unique()
    const name = `Cultre ${id}`
    const slug = `cultre-${id}`
    // Made in the dashboard, as the editor made the mistake, so every page's navigation lists it.
    await signIn(page, staff.editor)
    await page.goto('/admin/sections')
    await page.getByRole('form', { name: 'New section' }).getByLabel('Name', { exact: true }).fill(name)
    await page.getByRole('button', { name: 'Create section' }).click()
    await expect(page.getByRole('status')).toHaveText('Section created.')
    const [section] = await query<{ id: string }>(`SELECT id FROM "Section" WHERE slug = $1`, [slug])
    const live = await createArticle({ headline: `A film review filed under the typo ${id}`, sectionId: section!.id })
    const draft = await createArticle({ headline: `A draft in the typo ${id}`, sectionId: section!.id, status: 'DRAFT' })
    await addRedirect('section', `culture-typo-${id}`, section!.id)

    // A reader has seen it everywhere: these pages are cached now.
    const reader = await browser.newPage()
    await reader.goto('/')
    await expect(reader.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name })).toHaveAttribute('href', `/section/${slug}`)
    await reader.goto(`/section/${slug}`)
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(name)
    await expect(reader.getByRole('link', { name: live.headline })).toBeVisible()
    await reader.goto(`/article/${live.slug}`)
    await expect(reader.getByRole('main').getByRole('link', { name })).toHaveAttribute('href', `/section/${slug}`)
    expect(await status(request, `/section/${slug}/feed.xml`)).toBe(200)
    expect(await status(request, `/section/culture-typo-${id}`)).toBe(308)

    // The edit page offers it; the next page says what will happen, and nothing happens until confirmed.
    await page.goto(`/admin/sections/${section!.id}`)
    await expect(page.getByText('2 articles · public page')).toBeVisible()
    await page.getByRole('link', { name: 'Delete section…' }).click()
    await expect(page).toHaveURL(`/admin/sections/${section!.id}/delete`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Delete the section “${name}”?`)
    const effects = page.getByRole('region', { name: 'What deleting it does' }).getByRole('listitem')
    await expect(effects).toHaveText([
      'This section has 2 articles, 1 of them published; deleting it leaves them with no section. The articles stay otherwise as they are, and published ones stay live.',
      `It leaves the Sections navigation on every page, and its page, /section/${slug}, and its RSS feed answer “not found” from then on.`,
      `Its old address /section/culture-typo-${id} stops redirecting here.`,
      'It cannot be undone. The deletion is recorded in the audit log under your name.',
    ])
    expect(await query(`SELECT id FROM "Section" WHERE id = $1`, [section!.id])).toHaveLength(1)
    await page.getByRole('button', { name: 'Delete the section' }).click()
    await expect(page).toHaveURL('/admin/sections?notice=deleted')
    await expect(page.getByRole('status')).toHaveText('Section deleted.')
    await expect(page.getByRole('table').getByRole('link', { name })).toHaveCount(0)

    // Readers: gone from the navigation on every page, its addresses are 404s, its pieces stay.
    await reader.goto('/')
    await expect(reader.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Home' })).toBeVisible()
    await expect(reader.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name })).toHaveCount(0)
    expect((await reader.goto(`/section/${slug}`))?.status()).toBe(404)
    expect(await status(request, `/section/${slug}/feed.xml`)).toBe(404)
    expect(await status(request, `/section/culture-typo-${id}`)).toBe(404)
    expect((await reader.goto(`/article/${live.slug}`))?.status()).toBe(200)
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(live.headline)
    await expect(reader.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Home' })).toBeVisible()
    await expect(reader.getByRole('link', { name })).toHaveCount(0)
    await reader.close()
    expect(await query(`SELECT id, "sectionId", status::text FROM "Article" WHERE id = ANY($1) ORDER BY status::text DESC`, [[live.id, draft.id]])).toEqual([
      { id: live.id, sectionId: null, status: 'PUBLISHED' },
      { id: draft.id, sectionId: null, status: 'DRAFT' },
    ])
    expect(await redirectsTo(section!.id)).toEqual([])

    // The audit log says who did it.
    const row = await auditRow(page, name)
    await expect(row.getByRole('cell').nth(1)).toHaveText(await editorsName())
    await expect(row.getByRole('cell').nth(2)).toHaveText('section.delete')
  })

  test('an editor deletes a tag, without JavaScript: it comes off its articles, which stay; its page and feed are 404s', async ({ page, browser, request }) => {
    const id = unique()
    const tag = await createTag(`Cycle lanes ${id}`)
    const kept = await createTag(`Transport ${id}`)
    const first = await createArticle({ headline: `Council paints new lanes ${id}`, tagIds: [tag.id, kept.id] })
    const second = await createArticle({ headline: `Riders ask for more ${id}`, tagIds: [tag.id] })
    await addRedirect('tag', `bike-lanes-${id}`, tag.id)

    const reader = await browser.newPage()
    await reader.goto(`/tag/${tag.slug}`)
    await expect(reader.getByRole('list', { name: 'Articles' }).getByRole('heading')).toHaveCount(2)
    await reader.goto(`/article/${first.slug}`)
    const tagged = reader.getByRole('region', { name: 'Tagged under:' })
    await expect(tagged.getByRole('link')).toHaveText([tag.name, kept.name])
    expect(await status(request, `/tag/${tag.slug}/feed.xml`)).toBe(200)
    expect(await status(request, `/tag/bike-lanes-${id}`)).toBe(308)

    await signIn(page, staff.editor)
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() })
    const editor = await context.newPage()
    await editor.goto(`/admin/tags/${tag.id}`)
    await editor.getByRole('link', { name: 'Delete tag…' }).click()
    await expect(editor.getByRole('heading', { level: 1 })).toHaveText(`Delete the tag “${tag.name}”?`)
    const effects = editor.getByRole('region', { name: 'What deleting it does' }).getByRole('listitem')
    await expect(effects.first()).toHaveText('This tag is on 2 published articles; deleting it removes it from them. The articles stay, with their other tags.')
    await expect(effects.nth(2)).toHaveText(`Its old address /tag/bike-lanes-${id} stops redirecting here.`)

    // Tagged again while the page was open: nothing is deleted, and the page asks again with the new count.
    const third = await createArticle({ headline: `A draft about lanes ${id}`, tagIds: [tag.id], status: 'DRAFT' })
    await editor.getByRole('button', { name: 'Delete the tag' }).click()
    await expect(editor.getByRole('alert')).toContainText('Nothing was deleted: this changed after you opened the page.')
    expect(await query(`SELECT id FROM "Tag" WHERE id = $1`, [tag.id])).toHaveLength(1)
    await expect(effects.first()).toHaveText('This tag is on 3 articles, 2 of them published; deleting it removes it from them. The articles stay, with their other tags.')
    await editor.getByRole('button', { name: 'Delete the tag' }).click()
    await expect(editor).toHaveURL('/admin/tags?notice=deleted')
    await expect(editor.getByRole('status')).toHaveText('Tag deleted.')
    await editor.goto(`/admin/tags?q=${encodeURIComponent(tag.name)}`)
    await expect(editor.getByText(`No tags match “${tag.name}”.`)).toBeVisible()
    await context.close()

    expect((await reader.goto(`/tag/${tag.slug}`))?.status()).toBe(404)
    expect(await status(request, `/tag/${tag.slug}/feed.xml`)).toBe(404)
    expect(await status(request, `/tag/bike-lanes-${id}`)).toBe(404)
    await reader.goto(`/article/${first.slug}`)
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(first.headline)
    await expect(tagged.getByRole('link')).toHaveText([kept.name])
    // Its only tag gone, the second piece is still live, with no "Tagged under" at all.
    expect((await reader.goto(`/article/${second.slug}`))?.status()).toBe(200)
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(second.headline)
    await expect(reader.getByRole('region', { name: 'Tagged under:' })).toHaveCount(0)
    await reader.close()
    expect(await query(`SELECT count(*)::int AS n FROM "Article" WHERE id = ANY($1)`, [[first.id, second.id, third.id]])).toEqual([{ n: 3 }])
    expect(await redirectsTo(tag.id)).toEqual([])
    expect(await query(`SELECT a."actorEmail", a.subject, a.detail->>'articles' AS articles FROM "AuditLog" a WHERE action = 'tag.delete' AND subject = $1`, [tag.name])).toEqual([
      { actorEmail: staff.editor, subject: tag.name, articles: '3' },
    ])
  })

  test('an author on a byline or with a staff account is never deleted; a guest on no byline is', async ({ page, playwright, baseURL }) => {
    const id = unique()
    const bylined = await createAuthor(`Guest On A Byline ${id}`)
    const piece = await createArticle({ headline: `A piece by a guest ${id}`, authorIds: [bylined.id] })
    const loose = await createAuthor(`Misspelt Guest ${id}`)
    await addRedirect('author', `mispelt-guest-${id}`, loose.id)
    const [staffAuthor] = await query<{ id: string; name: string }>(
      `SELECT a.id, u.name FROM "Author" a JOIN "User" u ON u.id = a."userId" WHERE u.email = $1`,
      [staff.writer],
    )

    // Its old address redirects (to a page with nothing published yet), and is cached so.
    expect(await status(page.request, `/author/mispelt-guest-${id}`)).toBe(308)

    await signIn(page, staff.editor)
    // On a byline: refused, saying why and which pieces to change, with no button.
    await page.goto(`/admin/authors/${bylined.id}`)
    await expect(page.getByText('On the byline of 1 article: it can be deleted only once no piece carries it (the page explains).')).toBeVisible()
    await page.getByRole('link', { name: 'Delete author…' }).click()
    await expect(page.getByRole('note')).toHaveText(
      'This author cannot be deleted. It is on the byline of 1 published article, and deleting it would change who that piece says wrote it. Open the piece, put the right author on its byline and save; an author on no byline can then be deleted.',
    )
    await expect(page.getByRole('region', { name: 'Pieces with this byline' }).getByRole('link', { name: piece.headline })).toHaveAttribute('href', `/admin/articles/${piece.id}`)
    await expect(page.getByRole('button', { name: 'Delete the author' })).toHaveCount(0)

    // A staff member's byline: refused too.
    await page.goto(`/admin/authors/${staffAuthor!.id}`)
    await expect(page.getByText('A staff member’s byline cannot be deleted: it belongs to their account.')).toBeVisible()
    await page.goto(`/admin/authors/${staffAuthor!.id}/delete`)
    await expect(page.getByRole('note')).toContainText(`This author cannot be deleted. It is the byline of a staff account (${staffAuthor!.name}): a staff member’s byline belongs to their account`)
    await expect(page.getByRole('button', { name: 'Delete the author' })).toHaveCount(0)

    // A guest on no byline may go: its confirmation form, posted by hand for the bylined author,
    // is refused by the data layer and changes nothing.
    await page.goto(`/admin/authors/${loose.id}/delete`)
    await expect(page.getByRole('region', { name: 'What deleting it does' }).getByRole('listitem')).toHaveText([
      'No article has this author on its byline.',
      `Its page, /author/${loose.slug}, and its RSS feed answer “not found”, and the article editor no longer offers it.`,
      `Its old address /author/mispelt-guest-${id} stops redirecting here.`,
      'It cannot be undone. The deletion is recorded in the audit log under your name.',
    ])
    const fields = await formFields(page.getByRole('form', { name: 'Confirm deleting the author' }))
    const request = await playwright.request.newContext({ baseURL })
    const cookie = (await page.context().cookies()).map((k) => `${k.name}=${k.value}`).join('; ')
    const forged = await replay(request, baseURL!, `/admin/authors/${loose.id}/delete`, { ...fields, id: bylined.id }, cookie)
    expect(forged.status()).toBeLessThan(500)
    expect(forged.headers()['location'] ?? '').toContain(`/admin/authors/${bylined.id}/delete?notice=refused`)
    await request.dispose()
    expect(await query(`SELECT "authorId" FROM "ArticleAuthor" WHERE "articleId" = $1`, [piece.id])).toEqual([{ authorId: bylined.id }])

    await page.getByRole('button', { name: 'Delete the author' }).click()
    await expect(page).toHaveURL('/admin/authors?notice=deleted')
    await expect(page.getByRole('status')).toHaveText('Author deleted.')
    expect(await query(`SELECT id FROM "Author" WHERE id = $1`, [loose.id])).toEqual([])
    expect(await redirectsTo(loose.id)).toEqual([])
    expect(await status(page.request, `/author/mispelt-guest-${id}`)).toBe(404)

    // Once its piece has another byline, the first guest can go too.
    await query(`DELETE FROM "ArticleAuthor" WHERE "authorId" = $1`, [bylined.id])
    await page.goto(`/admin/authors/${bylined.id}/delete`)
    await page.getByRole('button', { name: 'Delete the author' }).click()
    await expect(page.getByRole('status')).toHaveText('Author deleted.')

    const row = await auditRow(page, loose.name)
    await expect(row.getByRole('cell').nth(1)).toHaveText(await editorsName())
    await expect(row.getByRole('cell').nth(2)).toHaveText('author.delete')
  })
})
