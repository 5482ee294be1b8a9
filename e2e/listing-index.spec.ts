import { expect, test } from '@playwright/test'
import { internalSecret } from '../lib/internal-secret'
import { createArticle, createAuthor, createTag } from './support/content'
import { publishThroughDashboard } from './support/dashboard'
import { query, testDb } from './support/db'
import { saveWithShortcut } from './support/editor'
import { unique } from './support/staff'

// Tag and author pages read one index range: each byline and tag row carries its article's
// status and date, copied by triggers (prisma/migrations/*_listing_indexes). These tests hold
// the copies to the article through every way a piece changes, and the pages to the indexes.

type LinkRow = { published: boolean; publishedAt: Date | null }

/** Every byline and tag row of an article, next to what the article itself says. */
async function links(articleId: string) {
  const [article] = await query<{ status: string; publishedAt: Date | null }>(`SELECT status, "publishedAt" FROM "Article" WHERE id = $1`, [articleId])
  const rows = await query<LinkRow & { kind: string; other: string }>(
    `SELECT 'tag' AS kind, "tagId" AS other, published, "publishedAt" FROM "ArticleTag" WHERE "articleId" = $1
     UNION ALL SELECT 'author', "authorId", published, "publishedAt" FROM "ArticleAuthor" WHERE "articleId" = $1`,
    [articleId],
  )
  return { article: article!, rows }
}

async function expectInStep(articleId: string, published: boolean) {
  const { article, rows } = await links(articleId)
  expect(rows.length).toBeGreaterThan(0)
  expect(article.status === 'PUBLISHED').toBe(published)
  for (const row of rows) {
    expect(row.published, `${row.kind} ${row.other}`).toBe(published)
    expect(row.publishedAt?.getTime() ?? null, `${row.kind} ${row.other}`).toBe(article.publishedAt?.getTime() ?? null)
  }
}

test.describe('tag and author listings follow their articles', () => {
  test('through the dashboard: publish, unpublish, republish and retag', async ({ page }) => {
    const tagName = `Rent strikes ${unique()}`
    const slug = await publishThroughDashboard(page, `Tenants withhold rent across the estate ${unique()}`, tagName)
    const [{ id }] = (await query<{ id: string }>(`SELECT id FROM "Article" WHERE slug = $1`, [slug])) as [{ id: string }]
    await expectInStep(id, true)
    const [{ slug: tagSlug }] = (await query<{ slug: string }>(`SELECT t.slug FROM "Tag" t JOIN "ArticleTag" l ON l."tagId" = t.id WHERE l."articleId" = $1`, [id])) as [{ slug: string }]
    await page.goto(`/tag/${tagSlug}`)
    await expect(page.getByRole('list', { name: 'Articles' }).getByRole('heading', { level: 2 })).toHaveCount(1)

    await page.goto(`/admin/articles/${id}`)
    await page.getByRole('button', { name: 'Unpublish' }).click()
    await expect(page.getByRole('main').getByRole('status')).toContainText('Unpublished')
    await expectInStep(id, false)
    // Nothing published carries the tag any more: its page is gone.
    expect((await page.goto(`/tag/${tagSlug}`))?.status()).toBe(404)

    await page.goto(`/admin/articles/${id}`)
    await page.getByRole('button', { name: 'Publish' }).click()
    await expect(page.getByRole('main').getByRole('status')).toContainText('Published')
    await expectInStep(id, true)

    // A tag added to a live piece is listed at once.
    const added = `Housing ${unique()}`
    await page.goto(`/admin/articles/${id}`)
    await page.getByLabel(/^Add a tag/).fill(added)
    await page.keyboard.press('Enter')
    await saveWithShortcut(page)
    const { rows } = await links(id)
    expect(rows.filter((r) => r.kind === 'tag')).toHaveLength(2)
    await expectInStep(id, true)
  })

  test('a scheduled piece going live, a changed date, and rows written straight to the database', async ({ request }) => {
    const tag = await createTag(`Picket lines ${unique()}`)
    const author = await createAuthor(`Sam Organiser ${unique()}`)
    const due = await createArticle({ headline: `Scheduled walkout ${unique()}`, status: 'DRAFT', tagIds: [tag.id], authorIds: [author.id] })
    await expectInStep(due.id, false)

    await query(`UPDATE "Article" SET status = 'SCHEDULED', "scheduledFor" = now() - interval '1 minute' WHERE id = $1`, [due.id])
    await expectInStep(due.id, false)
    // What the scheduler does every 20 seconds, asked for now.
    const run = await request.post('/api/scheduler', { headers: { authorization: `Bearer ${internalSecret(process.env.NEXTAUTH_SECRET)}` } })
    expect(run.ok()).toBe(true)
    // (The server's own 20-second run may have got there first; either way it is live.)
    await expectInStep(due.id, true)

    await query(`UPDATE "Article" SET "publishedAt" = '2019-05-01T10:00:00Z' WHERE id = $1`, [due.id])
    await expectInStep(due.id, true)

    // A row added later, as a tag merge or any other writer would, takes the article's state.
    const other = await createTag(`Strike pay ${unique()}`)
    await query(`INSERT INTO "ArticleTag" ("articleId", "tagId") VALUES ($1, $2)`, [due.id, other.id])
    await expectInStep(due.id, true)
    // Nobody can set the copies by hand.
    await query(`UPDATE "ArticleTag" SET published = false, "publishedAt" = NULL WHERE "articleId" = $1`, [due.id])
    await expectInStep(due.id, true)

    await query(`DELETE FROM "Article" WHERE id = $1`, [due.id])
    expect((await links(due.id)).rows).toHaveLength(0)
  })

  test('a byline written while the article is being published waits for it and sees it published', async () => {
    const tag = await createTag(`Lockout ${unique()}`)
    const article = await createArticle({ headline: `Lockout at the depot ${unique()}`, status: 'DRAFT' })
    const publisher = await testDb().connect()
    const tagger = await testDb().connect()
    try {
      await publisher.query('BEGIN')
      await publisher.query(`UPDATE "Article" SET status = 'PUBLISHED', "publishedAt" = now() WHERE id = $1`, [article.id])
      await tagger.query('BEGIN')
      const insert = tagger.query(`INSERT INTO "ArticleTag" ("articleId", "tagId") VALUES ($1, $2)`, [article.id, tag.id])
      await new Promise((r) => setTimeout(r, 200))
      await publisher.query('COMMIT')
      await insert
      await tagger.query('COMMIT')
    } finally {
      publisher.release()
      tagger.release()
    }
    await expectInStep(article.id, true)
  })
})

test.describe('listing pages are index ranges', () => {
  // The test database is small, so the planner would rightly read these tables whole, or sort
  // a handful of rows. With those priced out, what remains shows whether an index serves each
  // query, in its own order.
  async function plan(sql: string, params: unknown[]) {
    const client = await testDb().connect()
    try {
      await client.query('BEGIN')
      await client.query('SET LOCAL enable_seqscan = off')
      await client.query('SET LOCAL enable_bitmapscan = off; SET LOCAL enable_sort = off')
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params)
      await client.query('ROLLBACK')
      return rows.map((r) => r['QUERY PLAN']).join('\n')
    } finally {
      client.release()
    }
  }

  test('a tag, an author and a section page, deep ones too, and their counts', async () => {
    const [{ tag, author, section }] = (await query<{ tag: string; author: string; section: string }>(
      `SELECT (SELECT id FROM "Tag" LIMIT 1) AS tag, (SELECT id FROM "Author" LIMIT 1) AS author, (SELECT id FROM "Section" LIMIT 1) AS section`,
    )) as [{ tag: string; author: string; section: string }]
    const cases: [string, string, unknown[], string][] = [
      ['tag page', `SELECT "articleId" FROM "ArticleTag" WHERE "tagId" = $1 AND published ORDER BY "publishedAt" DESC, "articleId" DESC LIMIT 20 OFFSET 400`, [tag], 'ArticleTag_tagId_published_publishedAt_articleId_idx'],
      ['tag count', `SELECT count(*) FROM "ArticleTag" WHERE "tagId" = $1 AND published`, [tag], 'ArticleTag_tagId_published_publishedAt_articleId_idx'],
      ['author page', `SELECT "articleId" FROM "ArticleAuthor" WHERE "authorId" = $1 AND published ORDER BY "publishedAt" DESC, "articleId" DESC LIMIT 20 OFFSET 400`, [author], 'ArticleAuthor_authorId_published_publishedAt_articleId_idx'],
      ['author count', `SELECT count(*) FROM "ArticleAuthor" WHERE "authorId" = $1 AND published`, [author], 'ArticleAuthor_authorId_published_publishedAt_articleId_idx'],
      ['section page', `SELECT id FROM "Article" WHERE "sectionId" = $1 AND status = 'PUBLISHED' ORDER BY "publishedAt" DESC, id DESC LIMIT 20 OFFSET 400`, [section], 'Article_sectionId_status_publishedAt_id_idx'],
      ['home page', `SELECT id FROM "Article" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC, id DESC LIMIT 20`, [], 'Article_status_publishedAt_id_idx'],
      ['dashboard list', `SELECT id FROM "Article" ORDER BY "updatedAt" DESC, id DESC LIMIT 25 OFFSET 2500`, [], 'Article_updatedAt_id_idx'],
    ]
    for (const [name, sql, params, index] of cases) {
      const text = await plan(sql, params)
      expect(text, name).toContain(`"${index}"`)
      // In the index's own order: nothing to sort.
      expect(text, name).not.toMatch(/\bSort\b/)
      expect(text, name).not.toContain('Seq Scan')
    }
    // The dashboard's "Search headlines" (ILIKE '%…%') has a trigram index; at this size the
    // planner rightly prefers reading the table, so the index is checked by its definition.
    const [trigram] = await query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE indexname = 'Article_headline_idx'`)
    expect(trigram?.indexdef).toMatch(/USING gin \(headline gin_trgm_ops\)/)
  })
})
