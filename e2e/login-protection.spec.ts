import { expect, test } from '@playwright/test'
import { postCredentials } from './support/auth-http'
import { query } from './support/db'
import { STAFF_PASSWORD, staff } from './support/staff'

// The test server trusts X-Forwarded-For one hop deep (TRUSTED_PROXY_HEADER), as behind nginx:
// the last entry is the one the proxy appended; anything before it is what the client claimed.

test('the sixth wrong password from one IP gets 429, a forged header does not help, and the owner still signs in from elsewhere', async ({ playwright, baseURL }) => {
  const attacker = '198.51.100.23'
  const request = await playwright.request.newContext({ baseURL })
  for (let i = 1; i <= 5; i++) {
    const res = await postCredentials(request, staff.writer, `wrong-password-${i}`, attacker)
    expect(res.status(), `attempt ${i}`).toBe(401)
  }
  const sixth = await postCredentials(request, staff.writer, 'wrong-password-6', attacker)
  expect(sixth.status()).toBe(429)
  expect(Number(sixth.headers()['retry-after'])).toBeGreaterThan(0)
  expect(((await sixth.json()) as { error: string }).error).toMatch(/Too many failed attempts/)

  // Even the right password is held back for this account from this IP…
  expect((await postCredentials(request, staff.writer, STAFF_PASSWORD, attacker)).status()).toBe(429)
  // …and claiming another address in front of the proxy's entry changes nothing.
  expect((await postCredentials(request, staff.writer, STAFF_PASSWORD, `203.0.113.77, ${attacker}`)).status()).toBe(429)

  // The real person, elsewhere, signs in at once.
  const owner = await playwright.request.newContext({ baseURL })
  const ok = await postCredentials(owner, staff.writer, STAFF_PASSWORD, '192.0.2.10')
  expect(ok.status()).toBe(200)
  expect((await owner.storageState()).cookies.some((c) => c.name.endsWith('next-auth.session-token'))).toBe(true)

  const audit = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'auth.sign_in_failed' AND subject = $1 AND ip = $2`, [staff.writer, attacker])
  expect(audit[0]!.n).toBe(5)
  await request.dispose()
  await owner.dispose()
})

test('the sign-in page tells a throttled person how long to wait', async ({ page, playwright, baseURL }) => {
  const ip = '198.51.100.99'
  const request = await playwright.request.newContext({ baseURL })
  for (let i = 0; i < 5; i++) await postCredentials(request, staff.contributor, `nope-${i}`, ip)
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': ip })
  await page.goto('/login')
  await page.getByRole('textbox', { name: 'Email' }).fill(staff.contributor)
  await page.getByLabel('Password', { exact: true }).fill(STAFF_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.locator('form').getByRole('alert')).toContainText(/Too many failed attempts\. Try again in \d+ minute/)
  await query(`DELETE FROM "RateLimit" WHERE key LIKE $1`, [`login:${staff.contributor}:%`])
  await request.dispose()
})
