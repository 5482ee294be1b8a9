import { expect, test } from '@playwright/test'
import { postCredentials } from './support/auth-http'
import { query } from './support/db'
import { signIn, STAFF_PASSWORD, staff } from './support/staff'

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

test('someone else\'s failures never hold back a browser the person has signed in on before, even from the same address', async ({ playwright, baseURL }) => {
  // One address for everyone, as when no proxy header is trusted and every client looks alike.
  const shared = '198.51.100.61'
  const owner = await playwright.request.newContext({ baseURL })
  expect((await postCredentials(owner, staff.editor, STAFF_PASSWORD, shared)).status()).toBe(200)
  const device = (await owner.storageState()).cookies.find((c) => c.name === 'broadside-device')
  expect(device).toMatchObject({ path: '/api/auth', httpOnly: true, sameSite: 'Lax' })

  const attacker = await playwright.request.newContext({ baseURL })
  for (let i = 1; i <= 5; i++) expect((await postCredentials(attacker, staff.editor, `guess-${i}`, shared)).status()).toBe(401)
  expect((await postCredentials(attacker, staff.editor, STAFF_PASSWORD, shared)).status()).toBe(429)
  // A browser that has never signed in to this account is held back like the attacker…
  const stranger = await playwright.request.newContext({ baseURL })
  expect((await postCredentials(stranger, staff.editor, STAFF_PASSWORD, shared)).status()).toBe(429)
  // …and another account's device cookie is no help.
  const other = await playwright.request.newContext({ baseURL })
  expect((await postCredentials(other, staff.writer, STAFF_PASSWORD, '192.0.2.61')).status()).toBe(200)
  expect((await postCredentials(other, staff.editor, STAFF_PASSWORD, shared)).status()).toBe(429)
  // The person, on their own browser, signs in at once.
  expect((await postCredentials(owner, staff.editor, STAFF_PASSWORD, shared)).status()).toBe(200)

  await query(`DELETE FROM "RateLimit" WHERE key LIKE $1`, [`login:${staff.editor}:%`])
  for (const context of [owner, attacker, stranger, other]) await context.dispose()
})

test('signing out ends the session: a copy of its cookie no longer opens the dashboard', async ({ page, browser }) => {
  await signIn(page, staff.writer)
  await page.goto('/admin')
  // Someone copies the cookie (another browser, the same session).
  const copy = await browser.newContext({ storageState: await page.context().storageState() })
  const other = await copy.newPage()
  await other.goto('/admin')
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Articles')

  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.waitForURL(/\/login/)
  // The copy still carries a well-signed, unexpired cookie; the server refuses it all the same.
  expect((await copy.storageState()).cookies.some((c) => c.name.endsWith('next-auth.session-token'))).toBe(true)
  await other.goto('/admin')
  await expect(other).toHaveURL(/\/login$/)
  // Sent to sign in with a real redirect, before any page renders (so with JavaScript off too).
  const refused = await copy.request.get('/admin/staff', { maxRedirects: 0 })
  expect(refused.status()).toBe(307)
  expect(refused.headers().location).toMatch(/\/login$/)
  // next-auth's own session endpoint no longer names them either.
  const ended = await copy.request.get('/api/auth/session')
  expect(ended.status()).toBe(200)
  expect(await ended.json()).toEqual({})
  await copy.close()

  // Signing in again starts a new session that works.
  await signIn(page, staff.writer)
  await page.goto('/admin')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles')
  expect((await (await page.request.get('/api/auth/session')).json()).user?.email).toBe(staff.writer)
})
