import { expect, test } from '@playwright/test'
import { runningCluster } from '../scripts/lib/database'
import { query } from './support/db'
import { signIn, staff } from './support/staff'

test('when the database goes away, cached pages keep serving, others answer a designed 503, and all recovers without a restart', async ({ page, request }) => {
  const cluster = runningCluster('postgres-e2e')
  test.skip(!cluster, 'needs the embedded test database, which this test stops and starts')

  const [article] = await query<{ slug: string; headline: string }>(`SELECT slug, headline FROM "Article" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 1`)
  expect((await request.get(`/article/${article!.slug}`)).status()).toBe(200)
  await signIn(page, staff.editor)

  cluster!.stop()
  try {
    const cached = await request.get(`/article/${article!.slug}`)
    expect(cached.status()).toBe(200)
    expect(await cached.text()).toContain(article!.headline)
    expect((await request.get('/')).status()).toBe(200)

    // The health check is re-asked every two seconds, so give it that long to notice.
    await expect.poll(async () => (await request.get('/admin')).status(), { timeout: 10_000 }).toBe(503)
    for (const path of ['/search?q=strike', '/admin']) {
      const res = path === '/admin' ? await page.goto(path) : await request.get(path)
      expect(res!.status(), path).toBe(503)
      expect(res!.headers()['retry-after']).toBe('30')
      const html = await res!.text()
      expect(html).toContain('We’ll be back in a moment'.replace('’', '&rsquo;'))
      expect(html).not.toMatch(/\bat [\w.<>]+ \(|node_modules|PrismaClient|ECONNREFUSED/)
    }
  } finally {
    cluster!.start()
  }

  // Back by itself: no server restart.
  await expect
    .poll(async () => (await request.get('/search?q=strike')).status(), { timeout: 20_000, intervals: [500, 1000, 2000] })
    .not.toBe(503)
  await page.goto('/admin')
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible()
})
