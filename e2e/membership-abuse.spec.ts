import { expect, test, type Page } from '@playwright/test'
import { query } from './support/db'
import { mailTo } from './support/mail'
import { fillJoinForm, newJoiner } from './support/membership'

/** The join form's fields as the page rendered them (with a fresh form token), ready to post. */
async function joinFields(page: Page, email: string) {
  await page.goto('/join')
  const [tier] = await query<{ id: string }>(`SELECT id FROM "MembershipTier" WHERE slug = 'standard'`)
  return {
    formToken: await page.locator('input[name="formToken"]').inputValue(),
    website: '',
    name: 'Quick Fingers',
    email,
    postcode: 'SW1A 1AA',
    tier: tier!.id,
    consent: 'on',
    from: '',
    utm_source: '',
    utm_medium: '',
    utm_campaign: '',
  }
}

const members = (email: string) => query(`SELECT id FROM "Member" WHERE email = $1`, [email])

test('more than five sign-ups for one address in an hour get a friendly 429', async ({ page }) => {
  const { email } = newJoiner()
  const fields = await joinFields(page, email)
  for (let i = 1; i <= 5; i++) {
    const ok = await page.request.post('/join/submit', { form: fields, maxRedirects: 0 })
    expect(ok.status(), `sign-up ${i}`).toBe(303)
    expect(ok.headers()['location']).toBe('/membership/check-email')
  }
  const refused = await page.request.post('/join/submit', { form: fields, maxRedirects: 0 })
  expect(refused.status()).toBe(429)
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0)
  expect(refused.headers()['content-type']).toContain('text/html')
  expect(await refused.text()).toContain('Too many sign-ups for now')
  expect(await members(email)).toHaveLength(1)

  // The limit is kept in PostgreSQL, under a hash of the address rather than the address itself.
  const keys = await query<{ key: string; count: number }>(`SELECT key, count FROM "RateLimit" WHERE key LIKE 'signup:email:%' AND count >= 6`)
  expect(keys.length).toBeGreaterThan(0)
  expect(keys.map((k) => k.key).join()).not.toContain('@')

  // A reader who hits it in the browser sees the friendly page, not an error.
  await page.goto('/join')
  const answer = page.waitForResponse((r) => r.url().endsWith('/join/submit'))
  await fillJoinForm(page, { name: 'Quick Fingers', email, postcode: 'SW1A 1AA' })
  expect((await answer).status()).toBe(429)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Too many sign-ups for now')
  await expect(page.getByRole('link', { name: 'Back to the join page' })).toBeVisible()
})

test('a filled-in honeypot or a missing form token creates nobody and sends nothing', async ({ page }) => {
  const bot = newJoiner()
  const botFields = { ...(await joinFields(page, bot.email)), website: 'https://spam.example' }
  const trapped = await page.request.post('/join/submit', { form: botFields, maxRedirects: 0 })
  expect(trapped.status()).toBe(303)
  expect(trapped.headers()['location']).toBe('/membership/check-email')
  expect(await members(bot.email)).toHaveLength(0)

  const forged = newJoiner()
  const { formToken: _dropped, ...noToken } = await joinFields(page, forged.email)
  const sentBack = await page.request.post('/join/submit', { form: noToken, maxRedirects: 0 })
  expect(sentBack.status()).toBe(303)
  expect(sentBack.headers()['location']).toMatch(/^\/join\?retry=/)
  const tampered = await page.request.post('/join/submit', { form: { ...noToken, formToken: '1700000000.bm90LWEtc2lnbmF0dXJl' }, maxRedirects: 0 })
  expect(tampered.headers()['location']).toMatch(/^\/join\?retry=/)
  expect(await members(forged.email)).toHaveLength(0)

  await page.waitForTimeout(500)
  expect(mailTo(bot.email)).toHaveLength(0)
  expect(mailTo(forged.email)).toHaveLength(0)
})
