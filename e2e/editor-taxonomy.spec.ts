import { expect, test } from '@playwright/test'
import { query } from './support/db'
import { signIn, staff, unique } from './support/staff'

test.describe('tags, sections and authors', () => {
  test('an editor creates, renames and merges tags; old slugs redirect to the survivor', async ({ page }) => {
    const id = unique()
    await signIn(page, staff.editor)
    await page.goto('/admin/tags')
    const create = page.getByRole('form', { name: 'New tag' })
    await create.getByLabel('Name', { exact: true }).fill(`Bus workers ${id}`)
    await create.getByRole('button', { name: 'Create tag' }).click()
    await expect(page.getByRole('status')).toHaveText('Tag created.')
    const oldSlug = `bus-workers-${id}`
    await expect(page.getByText(`/tag/${oldSlug}`)).toBeVisible()

    // A duplicate name is refused beside the field, with what was typed kept.
    await page.goto('/admin/tags')
    await create.getByLabel('Name', { exact: true }).fill(`Bus workers ${id}`)
    await create.getByLabel(/^Description/).fill('Kept description')
    await create.getByRole('button', { name: 'Create tag' }).click()
    await expect(create.getByText('Another tag already has this name.')).toBeVisible()
    await expect(create.getByLabel(/^Description/)).toHaveValue('Kept description')

    // Rename with a new slug and a description.
    await page.goto(`/admin/tags?q=${id}`)
    await page.getByRole('link', { name: `Bus workers ${id}` }).click()
    const edit = page.getByRole('form', { name: 'Edit tag' })
    await edit.getByLabel('Name', { exact: true }).fill(`Transport workers ${id}`)
    await edit.getByLabel(/^Slug/).fill(`transport-workers-${id}`)
    await edit.getByLabel(/^Description/).fill('Drivers, cleaners and engineers.')
    await edit.getByRole('button', { name: 'Save tag' }).click()
    await expect(edit.getByRole('status')).toContainText(`/tag/transport-workers-${id}`)
    const [survivor] = await query<{ id: string }>(`SELECT id FROM "Tag" WHERE slug = $1`, [`transport-workers-${id}`])
    expect(await query(`SELECT "targetId" FROM "SlugRedirect" WHERE kind = 'tag' AND "oldSlug" = $1`, [oldSlug])).toEqual([{ targetId: survivor!.id }])
    // The old address's feed, its later pages and its capitals all lead to the new one, in one hop.
    const newSlug = `transport-workers-${id}`
    for (const [asked, expected] of [
      [`/tag/${oldSlug}/feed.xml`, `/tag/${newSlug}/feed.xml`],
      [`/tag/${oldSlug}?page=3`, `/tag/${newSlug}?page=3`],
      [`/tag/${oldSlug.toUpperCase()}`, `/tag/${newSlug}`],
    ]) {
      const response = await page.request.get(asked!, { maxRedirects: 0 })
      expect(response.status(), asked).toBe(308)
      const location = new URL(response.headersArray().find((h) => h.name.toLowerCase() === 'location')!.value, 'http://localhost')
      expect(location.pathname + location.search, asked).toBe(expected)
    }

    // Merge a second tag, carried by an article, into it.
    const [article] = await query<{ id: string }>(`SELECT id FROM "Article" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 1`)
    const [doomed] = await query<{ id: string }>(`INSERT INTO "Tag" (id, name, slug, "updatedAt") VALUES ($1, $2, $3, now()) RETURNING id`, [`t${id}`, `Buses ${id}`, `buses-${id}`])
    await query(`INSERT INTO "ArticleTag" ("articleId", "tagId") VALUES ($1, $2)`, [article!.id, doomed!.id])
    await page.goto(`/admin/tags/${doomed!.id}`)
    // The survivor is named by typing it, and the editor confirms first: a dismissed dialog changes nothing.
    const into = page.getByLabel(`Merge “Buses ${id}” into`)
    const merge = page.getByRole('button', { name: 'Merge tags' })
    await into.fill(`Transport workers ${id}`)
    let asked = ''
    page.once('dialog', (d) => {
      asked = d.message()
      void d.dismiss()
    })
    await merge.click()
    await expect.poll(() => asked).toBe(
      `Merge “Buses ${id}” into “Transport workers ${id}”? Every article tagged “Buses ${id}” will be tagged “Transport workers ${id}”, and “Buses ${id}” will be deleted.`,
    )
    await expect(page).toHaveURL(new RegExp(`/admin/tags/${doomed!.id}$`))
    expect(await query(`SELECT id FROM "Tag" WHERE id = $1`, [doomed!.id])).toHaveLength(1)
    // Refused beside the field, with what was typed kept: a name no tag has, a LIKE wildcard
    // (which must not match every tag), and the tag itself.
    page.on('dialog', (d) => void d.accept())
    for (const [typed, message] of [
      [`Transport wrokers ${id}`, `No tag is called “Transport wrokers ${id}”.`],
      ['%', 'No tag is called “%”.'],
      [`Buses ${id}`, 'That is this tag: choose a different one to merge into.'],
    ] as const) {
      await into.fill(typed)
      await merge.click()
      await expect(page.getByText(message)).toBeVisible()
      await expect(into).toHaveValue(typed)
      await expect(into).toHaveAttribute('aria-invalid', 'true')
    }
    expect(await query(`SELECT id FROM "Tag" WHERE id = $1`, [doomed!.id])).toHaveLength(1)
    // Two tags whose names differ only in capitals: typed in a third way it is ambiguous, so
    // the editor is asked for the slug; the exact name or the slug finds the one meant.
    await query(`INSERT INTO "Tag" (id, name, slug, "updatedAt") VALUES ($1, $2, $3, now()), ($4, $5, $6, now())`, [
      `tc1${id}`, `Coaches ${id}`, `coaches-${id}`, `tc2${id}`, `coaches ${id}`, `coaches-${id}-2`,
    ])
    await into.fill(`COACHES ${id}`)
    await merge.click()
    await expect(page.getByText(`More than one tag is called “COACHES ${id}”, in different capitals: type the slug of the one you mean.`)).toBeVisible()
    // By its slug, in any case; here, the survivor's.
    await into.fill(`TRANSPORT-workers-${id}`)
    await merge.click()
    await expect(page).toHaveURL(new RegExp(`/admin/tags/${survivor!.id}\\?notice=merged`))
    await expect(page.getByRole('status')).toContainText('Tags merged')
    expect(await query(`SELECT id FROM "Tag" WHERE id = $1`, [doomed!.id])).toEqual([])
    expect(await query(`SELECT 1 AS ok FROM "ArticleTag" WHERE "articleId" = $1 AND "tagId" = $2`, [article!.id, survivor!.id])).toEqual([{ ok: 1 }])
    expect(await query(`SELECT "targetId" FROM "SlugRedirect" WHERE kind = 'tag' AND "oldSlug" = $1`, [`buses-${id}`])).toEqual([{ targetId: survivor!.id }])
    // The reader's page of that article now shows the survivor.
    const [{ slug }] = (await query<{ slug: string }>(`SELECT slug FROM "Article" WHERE id = $1`, [article!.id])) as [{ slug: string }]
    await page.goto(`/article/${slug}`)
    await expect(page.getByRole('region', { name: 'Tagged under:' }).getByRole('link', { name: `Transport workers ${id}` })).toHaveAttribute('href', `/tag/transport-workers-${id}`)
  })

  test('an editor renames a section and an author, and creates a guest author; the old slugs redirect', async ({ page }) => {
    const id = unique()
    await signIn(page, staff.editor)
    await page.goto('/admin/sections')
    await page.getByRole('form', { name: 'New section' }).getByLabel('Name', { exact: true }).fill(`Features ${id}`)
    await page.getByRole('button', { name: 'Create section' }).click()
    await expect(page.getByRole('status')).toHaveText('Section created.')
    const section = page.getByRole('form', { name: 'Edit section' })
    await section.getByLabel(/^Slug/).fill(`long-reads-${id}`)
    await section.getByLabel('Name', { exact: true }).fill(`Long reads ${id}`)
    await section.getByRole('button', { name: 'Save section' }).click()
    await expect(section.getByRole('status')).toContainText(`/section/long-reads-${id}`)
    const [s] = await query<{ id: string }>(`SELECT id FROM "Section" WHERE slug = $1`, [`long-reads-${id}`])
    expect(await query(`SELECT "targetId" FROM "SlugRedirect" WHERE kind = 'section' AND "oldSlug" = $1`, [`features-${id}`])).toEqual([{ targetId: s!.id }])

    await page.goto('/admin/authors')
    const create = page.getByRole('form', { name: 'New author' })
    await create.getByLabel('Name', { exact: true }).fill(`Priya Outsider ${id}`)
    await create.getByLabel(/^Bio/).fill('A guest columnist.')
    await create.getByRole('button', { name: 'Create author' }).click()
    await expect(page.getByText('A guest author with no login.')).toBeVisible()
    const author = page.getByRole('form', { name: 'Edit author' })
    await author.getByLabel(/^Slug/).fill(`priya-${id}`)
    await author.getByRole('button', { name: 'Save author' }).click()
    await expect(author.getByRole('status')).toContainText(`/author/priya-${id}`)
    const [a] = await query<{ id: string; userId: string | null; bio: string }>(`SELECT id, "userId", bio FROM "Author" WHERE slug = $1`, [`priya-${id}`])
    expect(a).toMatchObject({ userId: null, bio: 'A guest columnist.' })
    expect(await query(`SELECT "targetId" FROM "SlugRedirect" WHERE kind = 'author' AND "oldSlug" = $1`, [`priya-outsider-${id}`])).toEqual([{ targetId: a!.id }])
  })

  test('tags and authors are listed fifty to a page, searched by name or slug, and counted', async ({ page }) => {
    const id = unique()
    // 60 tags and 3 guest authors that only this test's search finds.
    await query(
      `INSERT INTO "Tag" (id, name, slug, "updatedAt")
       SELECT 'pg' || $1 || n, 'Paged ' || $1 || ' ' || lpad(n::text, 2, '0'), 'paged-' || $1 || '-' || n, now() FROM generate_series(1, 60) n`,
      [id],
    )
    await query(
      `INSERT INTO "Author" (id, name, slug, "updatedAt")
       SELECT 'pa' || $1 || n, 'Guest ' || n || ' of ' || $1, 'guest-' || $1 || '-' || n, now() FROM generate_series(1, 3) n`,
      [id],
    )
    const articles = await query<{ id: string }>(`SELECT id FROM "Article" ORDER BY "createdAt" DESC LIMIT 2`)
    await query(`INSERT INTO "ArticleTag" ("articleId", "tagId") SELECT unnest($1::text[]), $2`, [articles.map((a) => a.id), `pg${id}1`])
    await query(`INSERT INTO "ArticleTag" ("articleId", "tagId") VALUES ($1, $2)`, [articles[0]!.id, `pg${id}55`])
    await signIn(page, staff.editor)
    await page.goto(`/admin/tags?q=${id}`)
    await expect(page.getByText(`60 tags matching “${id}”, page 1 of 2`)).toBeVisible()
    const names = page.getByRole('table').getByRole('link')
    await expect(names).toHaveCount(50)
    await expect(names.first()).toHaveText(`Paged ${id} 01`)
    // Each row counts its own articles.
    await expect(page.getByRole('row', { name: `Paged ${id} 01` }).getByRole('cell').last()).toHaveText('2')
    await expect(page.getByRole('row', { name: `Paged ${id} 02` }).getByRole('cell').last()).toHaveText('0')
    await expect(names.last()).toHaveText(`Paged ${id} 50`)
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next' }).click()
    await expect(page).toHaveURL(new RegExp(`/admin/tags\\?q=${id}&page=2$`))
    await expect(names).toHaveCount(10)
    await expect(names.first()).toHaveText(`Paged ${id} 51`)
    await expect(page.getByRole('row', { name: `Paged ${id} 55` }).getByRole('cell').last()).toHaveText('1')
    await expect(page.getByRole('row', { name: `Paged ${id} 56` }).getByRole('cell').last()).toHaveText('0')
    await expect(page.getByRole('link', { name: '1', exact: true })).toHaveAttribute('href', `/admin/tags?q=${id}`)
    // A page past the end shows the last one; a search that finds nothing says so.
    await page.goto(`/admin/tags?q=${id}&page=9`)
    await expect(names.first()).toHaveText(`Paged ${id} 51`)
    await page.goto(`/admin/tags?q=nothing-${id}`)
    await expect(page.getByText(`No tags match “nothing-${id}”.`)).toBeVisible()
    // What is typed is matched as itself: LIKE's wildcards find nothing here, nor in the article list's headline search.
    for (const wildcard of ['%', '_']) {
      await page.goto(`/admin/tags?q=${encodeURIComponent(wildcard)}`)
      await expect(page.getByText(`No tags match “${wildcard}”.`)).toBeVisible()
    }
    await page.goto('/admin?q=%25')
    await expect(page.getByText('No articles match.')).toBeVisible()
    // Authors are found by part of the name or by slug.
    await page.goto(`/admin/authors?q=guest-${id}-2`)
    await expect(page.getByText(`1 author matching “guest-${id}-2”`)).toBeVisible()
    await expect(page.getByRole('table').getByRole('link')).toHaveText([`Guest 2 of ${id}`])
    await page.getByLabel('Search authors').fill(`of ${id}`)
    await page.getByRole('button', { name: 'Search' }).click()
    await expect(page.getByText(`3 authors matching “of ${id}”`)).toBeVisible()
  })

  test('a writer cannot manage tags, even by calling the page directly', async ({ page }) => {
    await signIn(page, staff.writer)
    await expect(page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Tags' })).toHaveCount(0)
    await page.goto('/admin/tags')
    await expect(page.getByRole('heading', { name: 'This part of the dashboard is not open to your role' })).toBeVisible()
    await expect(page.getByRole('form', { name: 'New tag' })).toHaveCount(0)
  })
})
