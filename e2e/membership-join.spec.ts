import { expect, test } from '@playwright/test'
import { query } from './support/db'
import { linkIn, mailTo, waitForMail } from './support/mail'
import { fillJoinForm, join, newJoiner } from './support/membership'
import { signIn, staff, unique } from './support/staff'

async function memberRow(email: string) {
  const [row] = await query<{ id: string; name: string; status: string; postcode: string; sourceArticleId: string | null; amountPence: number; newsletter: boolean; utmSource: string }>(
    `SELECT id, name, status, postcode, "sourceArticleId", "amountPence", newsletter, "utmSource" FROM "Member" WHERE email = $1`,
    [email],
  )
  return row
}

test('a reader joins from "Before you go", confirms by email, and the dashboard credits the article', async ({ page, browser }) => {
  const [article] = await query<{ id: string; slug: string; headline: string }>(
    `SELECT id, slug, headline FROM "Article" WHERE status = 'PUBLISHED' AND "showBeforeYouGo" ORDER BY "publishedAt" DESC LIMIT 1`,
  )
  const joiner = newJoiner({ name: 'Clara Zetkin', tier: /^Standard/, newsletter: true })

  await page.goto(`/article/${article!.slug}`)
  await page.getByRole('complementary', { name: 'Before you go' }).getByRole('link').click()
  await expect(page).toHaveURL(`/join?from=${article!.slug}`)
  // The tiers, in order, with the recommended one marked (and chosen until the reader picks another).
  const radios = page.getByRole('radio')
  await expect(radios).toHaveCount(4)
  await expect(radios.nth(0)).toHaveAccessibleName(/^Standard £5 a month/)
  await expect(page.getByRole('radio', { name: /^Solidarity.*Recommended/ })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: /newsletter/ })).not.toBeChecked()

  await fillJoinForm(page, joiner)
  await expect(page).toHaveURL(/\/membership\/check-email$/)

  // The email arrived at the SMTP server, with one-click unsubscribe headers.
  const mail = await waitForMail(joiner.email)
  expect(mail.subject).toBe('Broadside: confirm your membership')
  // What the visitor typed is not in it: the address is not confirmed yet (lib/mail/messages.ts).
  expect(mail.text).toMatch(/^Hello,\s/)
  expect(mail.text).not.toContain('Clara Zetkin')
  expect(mail.headers['list-unsubscribe']).toMatch(/^<http:\/\/localhost:\d+\/membership\/unsubscribe\/one-click\?m=[^&]+&t=[^>]+>$/)
  expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
  expect((await memberRow(joiner.email))?.status).toBe('PENDING')

  await page.goto(linkIn(mail, '/membership/confirm'))
  await page.getByRole('button', { name: 'Confirm my membership' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Clara Zetkin')
  await expect(page.getByRole('region', { name: 'What happens next' })).toContainText('Direct Debit')

  const member = await memberRow(joiner.email)
  expect(member).toMatchObject({ status: 'ACTIVE', postcode: 'SW1A 1AA', sourceArticleId: article!.id, amountPence: 500, newsletter: true })

  // The dashboard shows the member and credits the article.
  const admin = await browser.newPage()
  await signIn(admin, staff.admin)
  await admin.goto(`/admin/members?q=${encodeURIComponent(joiner.email)}`)
  const row = admin.getByRole('row', { name: /Clara Zetkin/ })
  await expect(row).toContainText(article!.headline)
  await expect(row).toContainText('Active')
  await row.getByRole('link', { name: 'Clara Zetkin' }).click()
  await expect(admin.getByRole('link', { name: article!.headline })).toHaveAttribute('href', `/article/${article!.slug}`)
  await admin.goto('/admin/members/sources')
  const sourceRow = admin.getByRole('row', { name: new RegExp(article!.headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
  await expect(sourceRow.getByRole('cell').first()).not.toHaveText('0')
  await admin.close()
})

test('a confirmation link works once, and an expired one is refused with a clear page', async ({ page }) => {
  const first = newJoiner()
  await join(page, first)
  const link = linkIn(await waitForMail(first.email), '/membership/confirm')
  await page.goto(link)
  await page.getByRole('button', { name: 'Confirm my membership' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Welcome/)

  await page.goto(link)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link has already been used')
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0)

  const second = newJoiner()
  await join(page, second)
  const stale = linkIn(await waitForMail(second.email), '/membership/confirm')
  await page.goto(stale)
  await expect(page.getByRole('button', { name: 'Confirm my membership' })).toBeVisible()
  // 48 hours pass.
  await query(`UPDATE "MemberToken" SET "expiresAt" = now() - interval '1 minute' WHERE "memberId" = (SELECT id FROM "Member" WHERE email = $1)`, [second.email])
  await page.getByRole('button', { name: 'Confirm my membership' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link has expired')
  await expect(page.getByRole('link', { name: 'Join again' })).toHaveAttribute('href', '/join')
  expect((await memberRow(second.email))?.status).toBe('PENDING')
})

test('the same address twice makes one member, and a member who joins again is told so by email', async ({ page }) => {
  const joiner = newJoiner()
  await join(page, joiner)
  await join(page, { ...joiner, name: 'Rosa Changed-Her-Mind' })
  expect(await query(`SELECT id FROM "Member" WHERE email = $1`, [joiner.email])).toHaveLength(1)

  const second = await waitForMail(joiner.email, { count: 2 })
  expect(second.subject).toBe('Broadside: confirm your membership')
  await page.goto(linkIn(second, '/membership/confirm'))
  await page.getByRole('button', { name: 'Confirm my membership' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Rosa Changed-Her-Mind')

  // A confirmed member signing up again sees the very same page; only their inbox says more.
  await join(page, joiner)
  const third = await waitForMail(joiner.email, { count: 3 })
  expect(third.subject).toBe('Broadside: you are already a member')
  expect(third.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
  expect(await query(`SELECT id FROM "Member" WHERE email = $1`, [joiner.email])).toHaveLength(1)
  expect(mailTo(joiner.email)).toHaveLength(3)
})

test('a later sign-up for a pending address changes nothing: each email confirms what it said, and then the other link says it was replaced', async ({ page }) => {
  const rosa = newJoiner({ name: 'Rosa Tester', tier: /^Supporter/ })
  await join(page, rosa)
  const first = await waitForMail(rosa.email)
  expect(first.text).toContain('as a Supporter member (£25 a month)')

  // Someone else who knows the address signs it up again, in other capitals, with other details.
  await join(page, { ...rosa, email: rosa.email.toUpperCase(), name: 'Dup Tester', tier: /^Standard/ })
  const second = await waitForMail(rosa.email, { count: 2 })
  expect(second.text).not.toContain('Dup Tester')
  expect(second.text).toContain('as a Standard member (£5 a month)')
  // Nothing changes until the owner of the address confirms one of them.
  expect(await memberRow(rosa.email)).toMatchObject({ name: 'Rosa Tester', amountPence: 2500, status: 'PENDING' })

  // The first email's link confirms what the first email described.
  const firstLink = linkIn(first, '/membership/confirm')
  await page.goto(firstLink)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your membership')
  await expect(page.getByRole('main')).toContainText('You are joining as Rosa Tester, a Supporter member at £25 a month.')
  await page.getByRole('button', { name: 'Confirm my membership' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Rosa Tester')
  await expect(page.getByRole('main')).toContainText('membership is confirmed as a Supporter member at £25 a month')
  expect(await memberRow(rosa.email)).toMatchObject({ name: 'Rosa Tester', amountPence: 2500, status: 'ACTIVE' })

  // The second email's link now does nothing, says why, and cannot be pressed by hand either.
  const secondLink = linkIn(second, '/membership/confirm')
  await page.goto(secondLink)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link has been replaced')
  await expect(page.getByRole('main')).toContainText('another of them has already been confirmed')
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Join again' })).toHaveAttribute('href', '/join')
  const forced = await page.request.post('/membership/confirm/submit', { form: { token: new URL(secondLink, 'http://x').searchParams.get('token')! }, maxRedirects: 0 })
  expect(forced.headers()['location']).toMatch(/^\/membership\/confirm\?token=/)
  await page.goto(firstLink)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link has already been used')

  // A confirmed member signed up again with other details is told so by email; nothing changes.
  await join(page, { ...rosa, name: 'Dup Tester', tier: /^Standard/ })
  const third = await waitForMail(rosa.email, { count: 3 })
  expect(third.subject).toBe('Broadside: you are already a member')
  expect(third.links.some((l) => l.includes('/membership/confirm'))).toBe(false)
  expect(await memberRow(rosa.email)).toMatchObject({ name: 'Rosa Tester', amountPence: 2500, status: 'ACTIVE' })
})

test('a sign-up arriving with the old address of a renamed piece is credited to the piece', async ({ page }) => {
  const [article] = await query<{ id: string }>(`SELECT id FROM "Article" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" ASC LIMIT 1`)
  // What renaming a piece leaves behind (see public-rename.spec.ts): its old slug redirects to it.
  const oldSlug = `rent-strike-before-the-rename-${unique()}`
  await query(`INSERT INTO "SlugRedirect" (id, kind, "oldSlug", "targetId") VALUES ($1, 'article', $2, $3)`, [`redirect-${unique()}`, oldSlug, article!.id])

  const joiner = newJoiner()
  await join(page, joiner, `/join?from=${oldSlug}`)
  expect(await memberRow(joiner.email)).toMatchObject({ status: 'PENDING', sourceArticleId: article!.id })
})

test('the join form works without JavaScript and keeps everything typed when something is wrong', async ({ browser }) => {
  const [article] = await query<{ id: string; slug: string }>(`SELECT id, slug FROM "Article" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" ASC LIMIT 1`)
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  const email = newJoiner().email

  await page.goto(`/join?from=${article!.slug}&utm_source=mastodon&utm_campaign=winter`)
  await fillJoinForm(page, { name: 'Ada Lovelace', email: 'ada-at-example', postcode: '12345', tier: /^Pay what you can/, amount: '0.50' }, { consent: false })

  await expect(page).toHaveURL(/\/join\?retry=/)
  await expect(page.getByRole('heading', { name: 'Please check the form' })).toBeVisible()
  // Focus starts at the summary of what to fix, without any script.
  await expect(page.getByRole('main').getByRole('alert')).toBeFocused()
  // Each message sits by its field and is announced with it.
  await expect(page.getByRole('textbox', { name: 'Email address', exact: true })).toHaveAccessibleDescription(/Enter an email address like name@example.org\./)
  await expect(page.getByRole('textbox', { name: 'Postcode' })).toHaveAccessibleDescription(/Enter a UK postcode, like SW1A 1AA\./)
  await expect(page.getByRole('textbox', { name: /Your monthly amount/ })).toHaveAccessibleDescription(/The minimum for Pay what you can is £1 a month\./)
  await expect(page.getByRole('checkbox', { name: /privacy notice/ })).toHaveAccessibleDescription(/Tick the box to agree to the privacy notice\./)
  await expect(page.getByRole('link', { name: /Postcode: Enter a UK postcode/ })).toHaveAttribute('href', '#postcode')
  // Everything typed is still there.
  await expect(page.getByRole('textbox', { name: 'Full name' })).toHaveValue('Ada Lovelace')
  await expect(page.getByRole('textbox', { name: 'Email address', exact: true })).toHaveValue('ada-at-example')
  await expect(page.getByRole('textbox', { name: 'Email address', exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('textbox', { name: 'Postcode' })).toHaveValue('12345')
  await expect(page.getByRole('radio', { name: /^Pay what you can/ })).toBeChecked()
  // The chosen tier is the one that stands out, not the recommended one beside it.
  const border = (name: RegExp) => page.locator('.tier-option').filter({ has: page.getByRole('radio', { name }) }).evaluate((el) => getComputedStyle(el).borderTopColor)
  const ink = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-ink').trim())
  expect(await border(/^Pay what you can/)).toBe(await page.evaluate((c) => { const d = document.createElement('div'); d.style.color = c; document.body.append(d); const v = getComputedStyle(d).color; d.remove(); return v }, ink))
  expect(await border(/^Solidarity/)).not.toBe(await border(/^Pay what you can/))
  await expect(page.getByRole('textbox', { name: /Your monthly amount/ })).toHaveValue('0.50')
  await expect(page.locator('input[name="from"]')).toHaveValue(article!.slug)
  // Usable on a phone: nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

  await page.getByRole('textbox', { name: 'Email address', exact: true }).fill(email)
  await page.getByRole('textbox', { name: 'Postcode' }).fill('m1 1ae')
  await page.getByRole('textbox', { name: /Your monthly amount/ }).fill('2.50')
  await page.getByRole('checkbox', { name: /privacy notice/ }).check()
  await page.getByRole('button', { name: 'Join Broadside' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email')

  expect(await memberRow(email)).toMatchObject({ status: 'PENDING', postcode: 'M1 1AE', amountPence: 250, sourceArticleId: article!.id, utmSource: 'mastodon' })
  await context.close()
})
