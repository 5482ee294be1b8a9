import { expect, test } from '@playwright/test'
import { query } from './support/db'
import { signIn, staff } from './support/staff'

test('a public page carries a static CSP and the standard protective headers', async ({ request }) => {
  const [article] = await query<{ slug: string }>(`SELECT slug FROM "Article" WHERE status = 'PUBLISHED' LIMIT 1`)
  for (const path of ['/', `/article/${article!.slug}`]) {
    const res = await request.get(path)
    expect(res.status()).toBe(200)
    const h = res.headers()
    expect(h['content-security-policy']).toContain("default-src 'self'")
    expect(h['content-security-policy']).toContain("object-src 'none'")
    expect(h['content-security-policy']).toContain('frame-src https://www.youtube-nocookie.com https://player.vimeo.com')
    expect(h['content-security-policy']).not.toContain('nonce-')
    expect(h['x-content-type-options']).toBe('nosniff')
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(h['strict-transport-security']).toBeUndefined()
    // A CDN or nginx in front may keep it five minutes and serve it stale while refreshing.
    expect(h['cache-control']).toMatch(/^s-maxage=300, stale-while-revalidate=\d+$/)
  }
  // Behind a TLS-terminating proxy the same page also gets HSTS.
  const viaHttps = await request.get('/', { headers: { 'X-Forwarded-Proto': 'https' } })
  expect(viaHttps.headers()['strict-transport-security']).toMatch(/max-age=\d+/)
})

test('the dashboard gets a per-request nonce, cannot be framed and is never cached', async ({ page }) => {
  await signIn(page, staff.editor)
  const first = await page.goto('/admin')
  const second = await page.goto('/admin')
  const csp1 = first!.headers()['content-security-policy']!
  const csp2 = second!.headers()['content-security-policy']!
  const nonce1 = /'nonce-([^']+)'/.exec(csp1)?.[1]
  const nonce2 = /'nonce-([^']+)'/.exec(csp2)?.[1]
  expect(nonce1).toBeTruthy()
  expect(nonce1).not.toEqual(nonce2)
  expect(csp1).toContain("frame-ancestors 'none'")
  expect(csp1).not.toContain("'unsafe-inline' 'nonce")
  expect(second!.headers()['cache-control']).toContain('no-store')
  expect(second!.headers()['x-frame-options']).toBe('DENY')
  // Next applied the nonce to its scripts, so the dashboard still works under the policy.
  const scripts = await page.locator('script[nonce]').count()
  expect(scripts).toBeGreaterThan(0)
  await page.getByRole('link', { name: 'New article' }).first().click()
  await expect(page.getByRole('heading', { name: 'New article' })).toBeVisible()
})

test('a cross-site form post to a server action changes nothing', async ({ page, playwright, baseURL }) => {
  await signIn(page, staff.admin)
  await page.goto('/admin/settings')
  const fields = await page.locator('form').filter({ has: page.getByRole('button', { name: 'Save settings' }) }).evaluate((el) => {
    const out: Record<string, string> = {}
    new FormData(el as HTMLFormElement).forEach((v, k) => (out[k] = String(v)))
    return out
  })
  expect(Object.keys(fields).some((k) => k.startsWith('$ACTION_'))).toBe(true)
  const audits = async () => (await query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'settings.update'`))[0]!.n
  const auditsBefore = await audits()
  const before = await query<{ siteName: string }>(`SELECT "siteName" FROM "SiteSettings" WHERE id = 1`)
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
  const request = await playwright.request.newContext({ baseURL })
  // The admin's own browser, lured onto another site that auto-submits a form here.
  const res = await request.post('/admin/settings', {
    multipart: { ...fields, siteName: 'Pwned by a cross-site form' },
    headers: { Cookie: cookie, Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
    maxRedirects: 0,
  })
  expect(res.status()).toBeGreaterThanOrEqual(400)
  expect(await query(`SELECT "siteName" FROM "SiteSettings" WHERE id = 1`)).toEqual(before)
  // Sign-in by cross-site post without next-auth's CSRF token is refused too.
  const login = await request.post('/api/auth/callback/credentials', {
    form: { email: staff.admin, password: 'broadside-demo', json: 'true' },
    headers: { Origin: 'https://evil.example' },
    maxRedirects: 0,
  })
  expect(login.headers()['set-cookie'] ?? '').not.toContain('session-token')

  // The very same post from the site itself goes through: the refusal above was about origin.
  const sameSite = await request.post('/admin/settings', { multipart: fields, headers: { Cookie: cookie, Origin: baseURL! }, maxRedirects: 0 })
  expect(sameSite.status()).toBe(200)
  expect(await audits()).toBe(auditsBefore + 1)
  expect(await query(`SELECT "siteName" FROM "SiteSettings" WHERE id = 1`)).toEqual(before)
  await request.dispose()
})
