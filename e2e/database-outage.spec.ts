import { expect, test, type Page } from '@playwright/test'
import { runningCluster } from '../scripts/lib/database'
import { query } from './support/db'
import { bodyEditor } from './support/editor'
import { signIn, staff, unique } from './support/staff'

test('when the database goes away, cached pages keep serving, others answer a designed 503, and all recovers without a restart', async ({ page, request }) => {
  const cluster = runningCluster('postgres-e2e')
  test.skip(!cluster, 'needs the embedded test database, which this test stops and starts')

  const [article] = await query<{ slug: string; headline: string }>(`SELECT slug, headline FROM "Article" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 1`)
  expect((await request.get(`/article/${article!.slug}`)).status()).toBe(200)
  const asked = await request.get('/search?q=strike')
  expect(asked.status()).toBe(200)
  // Kept by the server's memory, as an answer to a search is once it has been given.
  await expect.poll(async () => (await request.get('/search?q=strike')).headers()['x-broadside-cache'], { timeout: 10_000 }).toBe('hit')
  await signIn(page, staff.editor)

  cluster!.stop()
  try {
    const cached = await request.get(`/article/${article!.slug}`)
    expect(cached.status()).toBe(200)
    expect(await cached.text()).toContain(article!.headline)
    expect((await request.get('/')).status()).toBe(200)
    const again = await request.get('/search?q=strike')
    expect(again.status()).toBe(200)
    expect(await again.text()).toContain('articles match')

    // The health check is re-asked every two seconds, so give it that long to notice.
    await expect.poll(async () => (await request.get('/admin')).status(), { timeout: 10_000 }).toBe(503)
    // A search already asked is kept, and still answered; a new one needs the database.
    for (const path of [`/search?q=strike+${unique()}`, '/admin']) {
      const res = path === '/admin' ? await page.goto(path) : await request.get(path)
      expect(res!.status(), path).toBe(503)
      expect(res!.headers()['retry-after']).toBe('30')
      const html = await res!.text()
      expect(html).toMatch(/We(&rsquo;|’)ll be back in a moment/)
      expect(html).not.toMatch(/\bat [\w.<>]+ \(|node_modules|PrismaClient|ECONNREFUSED/)
    }
  } finally {
    cluster!.start()
  }

  // Back by itself: no server restart. A new search asks the database itself; the dashboard
  // waits for the proxy's next look at it (every two seconds).
  await expect
    .poll(async () => (await request.get(`/search?q=strike+${unique()}`)).status(), { timeout: 20_000, intervals: [500, 1000, 2000] })
    .toBe(200)
  await expect.poll(async () => (await page.goto('/admin'))?.status(), { timeout: 10_000, intervals: [500, 1000, 2000] }).toBe(200)
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible()
})

const saveStatus = (page: Page) => page.getByTestId('save-status').filter({ visible: true })
const savedBody = async (id: string) => (await query<{ bodyText: string }>(`SELECT "bodyText" FROM "Article" WHERE id = $1`, [id]))[0]!.bodyText

test('the editor keeps what is typed while the database is away, and offers it back once the database returns', async ({ page }) => {
  const cluster = runningCluster('postgres-e2e')
  test.skip(!cluster, 'needs the embedded test database, which this test stops and starts')

  const id = `outage${unique()}`
  const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Before the outage.' }] }] }
  await query(`INSERT INTO "Article" (id, slug, headline, "bodyJson", "bodyText", "updatedAt") VALUES ($1, $2, $3, $4, 'Before the outage.', now())`, [
    id,
    `outage-${id}`,
    `Outage test ${id}`,
    JSON.stringify(doc),
  ])
  await signIn(page, staff.editor)
  await page.goto(`/admin/articles/${id}`)
  await bodyEditor(page).click()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.type(' Saved before it went.')
  await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 })
  expect(await savedBody(id)).toContain('Saved before it went.')

  cluster!.stop()
  try {
    // The network is fine; the database is not. The editor says it cannot save, and keeps the words.
    await page.keyboard.type(' Typed while the database was away.')
    await expect(saveStatus(page)).toHaveText('Can’t save right now — changes kept on this device', { timeout: 20_000 })
    await expect(bodyEditor(page)).toContainText('Before the outage. Saved before it went. Typed while the database was away.')
    await expect
      .poll(() => page.evaluate(() => Object.values(localStorage).some((v) => v.includes('Typed while the database was away.'))), { timeout: 5_000 })
      .toBe(true)

    // A reload meets the designed 503 page, not a broken editor (the unsaved-changes prompt is accepted).
    page.once('dialog', (dialog) => void dialog.accept())
    const reloaded = await page.reload()
    expect(reloaded?.status()).toBe(503)
    await expect(page.getByRole('heading', { name: 'We’ll be back in a moment' })).toBeVisible()
  } finally {
    cluster!.start()
  }

  // The database is back: the editor opens again, with the saved text, and offers the rest back.
  await expect.poll(async () => (await page.reload())?.status(), { timeout: 20_000, intervals: [1000, 2000] }).toBe(200)
  const offer = page.getByRole('alert', { name: 'Unsaved copy found' })
  await expect(offer).toContainText('Unsaved changes from')
  await expect(bodyEditor(page)).toContainText('Saved before it went.')
  await expect(bodyEditor(page)).not.toContainText('Typed while the database was away.')
  await offer.getByRole('button', { name: 'Restore my changes' }).click()
  await expect(bodyEditor(page)).toContainText('Before the outage. Saved before it went. Typed while the database was away.')
  await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 })
  expect(await savedBody(id)).toContain('Before the outage. Saved before it went. Typed while the database was away.')
})
