import { expect, test } from '@playwright/test'
import { baseURLB } from '../playwright.config'
import { query } from './support/db'
import { signIn, staff, unique } from './support/staff'

// Two instances of one build (server.mjs) share the database; each keeps its own page cache.
// Publishing on A must reach B's cache through PostgreSQL LISTEN/NOTIFY.
test('an article published through instance A is visible on instance B at once', async ({ page, playwright }) => {
  const id = `multi${unique()}`
  const slug = `two-instances-${id}`
  const headline = `Two instances agree ${id}`
  await query(
    `INSERT INTO "Article" (id, slug, headline, standfirst, "bodyJson", "bodyHtml", "bodyText", "wordCount", "updatedAt")
     VALUES ($1, $2, $3, 'Published on one server, read on the other.', '{"type":"doc","content":[]}', '<p>Body.</p>', 'Body.', 1, now())`,
    [id, slug, headline],
  )
  const b = await playwright.request.newContext({ baseURL: baseURLB })
  // Warm B's caches: its home page, and the article's URL while it is still a draft.
  expect((await b.get('/')).status()).toBe(200)
  expect((await b.get(`/article/${slug}`)).status()).toBe(404)
  expect(await (await b.get('/')).text()).not.toContain(headline)
  // B's server keeps its home page in memory (lib/hit-cache.mjs): the notice must reach that copy too.
  await expect.poll(async () => (await b.get('/')).headers()['x-broadside-cache'], { timeout: 10_000 }).toBe('hit')

  await signIn(page, staff.editor)
  await page.goto(`/admin/articles/${id}`)
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText('Published')
  const publishedAt = Date.now()

  await expect.poll(async () => (await b.get(`/article/${slug}`)).status(), { timeout: 3_000, intervals: [100] }).toBe(200)
  await expect.poll(async () => (await b.get('/')).text(), { timeout: 3_000, intervals: [100] }).toContain(headline)
  test.info().annotations.push({ type: 'propagation', description: `visible on B ${Date.now() - publishedAt} ms after publishing on A` })
  await b.dispose()
})
