import { expect, test } from '@playwright/test'
import { query } from './support/db'
import { linkIn, waitForMail } from './support/mail'
import { join, newJoiner, visitorIp } from './support/membership'

async function subscriber(email: string) {
  const [row] = await query<{ id: string; status: string; newsletter: boolean; isMember: boolean; unsubscribedAt: Date | null; confirmedAt: Date | null }>(
    `SELECT id, status, newsletter, "isMember", "unsubscribedAt", "confirmedAt" FROM "Member" WHERE email = $1`,
    [email],
  )
  return row
}

test('the footer form leads to a newsletter sign-up with the same double opt-in', async ({ page }) => {
  const { email } = newJoiner()
  await page.goto('/privacy')
  const footer = page.getByRole('contentinfo')
  await footer.getByRole('textbox', { name: 'Newsletter: your email address' }).fill(email)
  await footer.getByRole('button', { name: 'Sign up' }).click()
  // Cached pages carry no form token, so the footer hands over to /newsletter with the address kept.
  await expect(page).toHaveURL(/\/newsletter\?retry=/)
  await expect(page.getByRole('textbox', { name: 'Email address', exact: true })).toHaveValue(email)
  // Nothing was wrong, so it asks calmly, with Subscribe ready for one press of Enter.
  await expect(page.getByRole('status')).toContainText('Confirm your sign-up')
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Subscribe' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email')

  const mail = await waitForMail(email)
  expect(mail.subject).toBe('Broadside: confirm your newsletter subscription')
  expect(await subscriber(email)).toMatchObject({ status: 'PENDING', isMember: false, newsletter: true })
  await page.goto(linkIn(mail, '/membership/confirm'))
  await page.getByRole('button', { name: 'Confirm my subscription' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("You're subscribed")
  expect(await subscriber(email)).toMatchObject({ status: 'ACTIVE', isMember: false, newsletter: true })
})

test('a mistyped address in the footer is refused beside the field, with what was typed kept', async ({ page }) => {
  await page.goto('/privacy')
  const footer = page.getByRole('contentinfo')
  await footer.getByRole('textbox', { name: 'Newsletter: your email address' }).fill('someone@nowhere')
  await footer.getByRole('button', { name: 'Sign up' }).click()
  await expect(page).toHaveURL(/\/newsletter\?retry=/)
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Please check the form')
  await expect(page.getByRole('status')).toHaveCount(0)
  await expect(page.getByRole('textbox', { name: 'Email address', exact: true })).toHaveValue('someone@nowhere')
  await expect(page.getByRole('textbox', { name: 'Email address', exact: true })).toHaveAttribute('aria-invalid', 'true')
})

test('one-click unsubscribe works by POST, while a GET of the link changes nothing', async ({ page, playwright, baseURL }) => {
  const { email } = newJoiner()
  await page.goto('/newsletter')
  await page.getByRole('textbox', { name: 'Email address', exact: true }).fill(email)
  await page.getByRole('button', { name: 'Subscribe' }).click()
  const mail = await waitForMail(email)
  await page.goto(linkIn(mail, '/membership/confirm'))
  await page.getByRole('button', { name: 'Confirm my subscription' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("You're subscribed")

  const oneClick = /^<(.+)>$/.exec(mail.headers['list-unsubscribe']!)![1]!
  expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
  // A mail client or link scanner has no cookies and follows no redirects of ours.
  const client = await playwright.request.newContext({ baseURL })

  const scanned = await client.get(oneClick, { maxRedirects: 0 })
  expect(scanned.status()).toBe(303)
  expect(scanned.headers()['location']).toMatch(/^\/membership\/unsubscribe\?m=/)
  expect(await subscriber(email)).toMatchObject({ newsletter: true, status: 'ACTIVE' })

  const forged = await client.post(oneClick.replace(/t=[^&]+/, 't=forged'), { form: { 'List-Unsubscribe': 'One-Click' }, maxRedirects: 0 })
  expect(forged.status()).toBe(400)
  expect(await subscriber(email)).toMatchObject({ newsletter: true })

  const unsubscribed = await client.post(oneClick, { form: { 'List-Unsubscribe': 'One-Click' }, maxRedirects: 0 })
  expect(unsubscribed.status()).toBe(200)
  const row = await subscriber(email)
  expect(row).toMatchObject({ newsletter: false, status: 'CANCELLED' })
  expect(row!.unsubscribedAt).not.toBeNull()
  await client.dispose()
})

test('a member unsubscribes from the email link, then has all their data deleted', async ({ page }) => {
  const joiner = newJoiner({ newsletter: true })
  await join(page, joiner)
  const mail = await waitForMail(joiner.email)
  await page.goto(linkIn(mail, '/membership/confirm'))
  await page.getByRole('button', { name: 'Confirm my membership' }).click()
  const { id } = (await subscriber(joiner.email))!

  await page.goto(linkIn(mail, '/membership/unsubscribe'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unsubscribe')
  expect(await subscriber(joiner.email)).toMatchObject({ newsletter: true })
  await page.getByRole('button', { name: 'Unsubscribe' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("You're unsubscribed")
  // Still a member: unsubscribing stops the newsletter, not the membership.
  expect(await subscriber(joiner.email)).toMatchObject({ newsletter: false, status: 'ACTIVE', isMember: true })

  // Opening the link again says it is already done, rather than asking again.
  await page.goto(linkIn(mail, '/membership/unsubscribe'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("You're already unsubscribed")
  await expect(page.getByRole('main')).toContainText(`We stopped emails to ${joiner.email} on `)
  await expect(page.getByRole('main')).toContainText('You are still a member')
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0)

  await page.getByRole('link', { name: 'Delete everything we hold about you' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delete your data')
  await page.getByRole('button', { name: 'Delete my data' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your data has been deleted')

  expect(await subscriber(joiner.email)).toBeUndefined()
  expect(await query(`SELECT id FROM "MemberToken" WHERE "memberId" = $1`, [id])).toHaveLength(0)
  const [audit] = await query<{ actorId: string | null; detail: { by: string } }>(`SELECT "actorId", detail FROM "AuditLog" WHERE action = 'member.erase' AND subject = $1`, [id])
  expect(audit).toMatchObject({ actorId: null, detail: { by: 'member' } })

  // The link from the email now leads nowhere.
  await page.goto(linkIn(mail, '/membership/delete'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("This link isn't valid")
})

test('a member who asks for the newsletter confirms a subscription, and stays a member confirmed on the same date', async ({ page }) => {
  const joiner = newJoiner({ name: 'Nadia Member' })
  await join(page, joiner)
  await page.goto(linkIn(await waitForMail(joiner.email), '/membership/confirm'))
  await page.getByRole('button', { name: 'Confirm my membership' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Nadia Member')
  const { confirmedAt } = (await subscriber(joiner.email))!
  expect(confirmedAt).not.toBeNull()

  await page.goto('/newsletter')
  await page.getByRole('textbox', { name: 'Email address', exact: true }).fill(joiner.email)
  await page.getByRole('button', { name: 'Subscribe' }).click()
  const mail = await waitForMail(joiner.email, { count: 2 })
  expect(mail.subject).toBe('Broadside: confirm your newsletter subscription')

  // Every step speaks of the newsletter, which is what was asked for.
  await page.goto(linkIn(mail, '/membership/confirm'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your newsletter subscription')
  await page.getByRole('button', { name: 'Confirm my subscription' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("You're subscribed")
  const main = page.getByRole('main')
  await expect(main).toContainText('newsletter will arrive every Friday')
  await expect(main).toContainText('Your membership carries on just as before')
  await expect(main).not.toContainText('membership is confirmed')
  await expect(main.getByRole('link', { name: 'Become a member' })).toHaveCount(0)

  // Still a member, now with the newsletter, and the membership's confirmation date is the original one.
  const row = (await subscriber(joiner.email))!
  expect(row).toMatchObject({ status: 'ACTIVE', isMember: true, newsletter: true })
  expect(row.confirmedAt!.getTime()).toBe(confirmedAt!.getTime())
})

test('a membership link that was altered, cut short or leads to no one answers 404 with a page saying so, without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': visitorIp() } })
  const page = await context.newPage()
  const { email } = newJoiner()
  await page.goto('/newsletter')
  await page.getByRole('textbox', { name: 'Email address', exact: true }).fill(email)
  await page.getByRole('button', { name: 'Subscribe' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email')
  const mail = await waitForMail(email)
  const unsubscribe = linkIn(mail, '/membership/unsubscribe')
  const remove = linkIn(mail, '/membership/delete')
  const confirm = linkIn(mail, '/membership/confirm')
  /** The link with the last character of one query value changed, as a mangled copy would. */
  const altered = (link: string, name: string) => link.replace(new RegExp(`([?&]${name}=[^&]*)([^&])`), (_, head: string, last: string) => `${head}${last === 'A' ? 'B' : 'A'}`)

  const expectRefused = async (link: string, title: string, way: string) => {
    const response = await page.goto(link)
    expect(response?.status(), link).toBe(404)
    await expect(page.getByRole('heading', { level: 1 }), link).toHaveText(title)
    await expect(page.getByRole('link', { name: way }), link).toBeVisible()
  }
  const invalid = "This link isn't valid"
  for (const link of [
    altered(unsubscribe, 't'),
    altered(unsubscribe, 'm'),
    unsubscribe.slice(0, -6),
    unsubscribe.replace(/&t=.*/, ''),
    altered(unsubscribe, 't').replace('/membership/unsubscribe?', '/membership/unsubscribe/done?'),
    altered(remove, 't'),
    // An unsubscribe link's signature does not open the delete page.
    unsubscribe.replace('/membership/unsubscribe?', '/membership/delete?'),
  ]) {
    await expectRefused(link, invalid, 'Go to the front page')
  }
  for (const link of [altered(confirm, 'token'), confirm.slice(0, -6), '/membership/confirm?token=', '/membership/confirm']) {
    await expectRefused(link, "We don't recognise this link", 'Go to the join page')
  }
  // A refusal changed nothing, and the links as sent still open their pages.
  expect(await subscriber(email)).toMatchObject({ status: 'PENDING', newsletter: true })
  for (const [link, title] of [
    [confirm, 'Confirm your newsletter subscription'],
    [unsubscribe, 'Unsubscribe'],
    [remove, 'Delete your data'],
  ] as const) {
    const response = await page.goto(link)
    expect(response?.status(), link).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }), link).toHaveText(title)
  }

  // Once the data is gone, its genuine links lead no one anywhere: 404s too.
  await page.getByRole('button', { name: 'Delete my data' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your data has been deleted')
  await expectRefused(unsubscribe, invalid, 'Go to the front page')
  await expectRefused(remove, invalid, 'Go to the front page')
  await expectRefused(confirm, "We don't recognise this link", 'Go to the join page')
  await context.close()
})
