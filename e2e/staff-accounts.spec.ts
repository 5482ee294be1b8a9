import { expect, test, type Browser } from '@playwright/test'
import { query } from './support/db'
import { formFields, replay } from './support/replay'
import { linkIn, waitForMail } from './support/mail'
import { signIn, staff, unique } from './support/staff'

async function adminPage(browser: Browser) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signIn(page, staff.admin)
  return { page, context }
}

test('an admin invites a colleague, who sets a password through the one-time link and signs in', async ({ browser, page }) => {
  const admin = await adminPage(browser)
  const email = `new.writer.${unique()}@broadside.test`
  await admin.page.goto('/admin/staff')
  await admin.page.getByRole('textbox', { name: 'Name' }).fill('Nia Newcomer')
  await admin.page.getByRole('textbox', { name: 'Email' }).fill(email)
  await admin.page.getByRole('combobox', { name: 'Role', exact: true }).selectOption('WRITER')
  await admin.page.getByRole('button', { name: 'Send invitation' }).click()
  const status = admin.page.getByRole('main').getByRole('status')
  await expect(status).toContainText(`Invitation emailed to ${email}`)
  // The staff table lists them at once, without a reload.
  await expect(admin.page.getByRole('row').filter({ hasText: email })).toBeVisible()
  const link = /(http\S+\/set-password\?token=\S+)/.exec((await status.textContent()) ?? '')![1]!
  // The same one-time link arrives by email, through the test SMTP server.
  const mail = await waitForMail(email)
  expect(mail.subject).toContain('staff account')
  expect(link.endsWith(linkIn(mail, '/set-password'))).toBe(true)

  await page.goto(link)
  await page.getByLabel('New password', { exact: true }).fill('password123')
  await page.getByLabel('New password again').fill('password123')
  await page.getByRole('button', { name: 'Set password' }).click()
  await expect(page.getByText(/too common/)).toBeVisible()
  await page.getByLabel('New password', { exact: true }).fill('marching orders for the morning')
  await page.getByLabel('New password again').fill('marching orders for the morning')
  await page.getByRole('button', { name: 'Set password' }).click()
  await expect(page.getByRole('status')).toContainText('Your password is set')
  await signIn(page, email, 'marching orders for the morning')
  await expect(page.getByText('Nia Newcomer (Writer)')).toBeVisible()

  // The link works once: after that it is a real 404 saying so (answered before the page renders), as is a made-up one.
  for (const address of [link, '/set-password?token=made-up', '/set-password']) {
    const response = await page.goto(address)
    expect(response?.status(), address).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link has expired or has already been used')
    await expect(page.getByText('Ask an administrator to send you a new one.')).toBeVisible()
  }
  const [entry] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'staff.invite' AND subject = $1`, [email])
  expect(entry!.n).toBe(1)
  await admin.context.close()
})

test('a demoted writer’s next publish is refused, and a deactivated account is signed out at once', async ({ browser }) => {
  // A writer of our own, so other tests keep theirs.
  const admin = await adminPage(browser)
  const email = `demote.me.${unique()}@broadside.test`
  await admin.page.goto('/admin/staff')
  await admin.page.getByRole('textbox', { name: 'Name' }).fill('Dee Mote')
  await admin.page.getByRole('textbox', { name: 'Email' }).fill(email)
  await admin.page.getByRole('combobox', { name: 'Role', exact: true }).selectOption('WRITER')
  await admin.page.getByRole('button', { name: 'Send invitation' }).click()
  const link = /(http\S+\/set-password\?token=\S+)/.exec((await admin.page.getByRole('main').getByRole('status').textContent()) ?? '')![1]!

  const writerContext = await browser.newContext()
  const writer = await writerContext.newPage()
  await writer.goto(link)
  await writer.getByLabel('New password', { exact: true }).fill('a perfectly fine passphrase')
  await writer.getByLabel('New password again').fill('a perfectly fine passphrase')
  await writer.getByRole('button', { name: 'Set password' }).click()
  await expect(writer.getByRole('status')).toContainText('Your password is set')
  await signIn(writer, email, 'a perfectly fine passphrase')

  // The writer drafts a piece; their page shows the Publish button.
  await writer.goto('/admin/articles/new')
  await writer.getByRole('textbox', { name: 'Headline', exact: true }).fill(`Demotion test ${unique()}`)
  await writer.getByRole('button', { name: 'Save draft' }).click()
  await expect(writer.getByRole('button', { name: 'Publish' })).toBeVisible()
  const articleId = writer.url().split('/').pop()!.split('?')[0]!

  // Meanwhile the admin makes them a contributor. Their open page still has the button…
  await admin.page.goto('/admin/staff')
  await admin.page.getByRole('combobox', { name: 'Role for Dee Mote' }).selectOption('CONTRIBUTOR')
  await admin.page.getByRole('row').filter({ hasText: email }).getByRole('button', { name: 'Change role' }).click()
  await expect(admin.page.getByRole('main').getByRole('status')).toContainText('Role changed')

  // …but the next click is judged by the new role, with no new sign-in.
  await writer.getByRole('button', { name: 'Publish' }).click()
  await expect(writer).toHaveURL(/\/login/)
  const [article] = await query<{ status: string }>(`SELECT status FROM "Article" WHERE id = $1`, [articleId])
  expect(article!.status).toBe('DRAFT')

  // Sign in again as a contributor: no Publish button, and deactivation ends the session.
  await signIn(writer, email, 'a perfectly fine passphrase')
  await writer.goto(`/admin/articles/${articleId}`)
  await expect(writer.getByRole('button', { name: 'Publish' })).toHaveCount(0)
  await admin.page.goto('/admin/staff')
  await admin.page.getByRole('button', { name: 'Deactivate Dee Mote' }).click()
  await expect(admin.page.getByRole('main').getByRole('status')).toContainText('Account deactivated')
  await writer.goto('/admin')
  await expect(writer).toHaveURL(/\/login$/)
  await writerContext.close()
  await admin.context.close()
})

test('an administrator is not offered to deactivate themselves, and a forged request to do it is told why', async ({ browser, baseURL }) => {
  const admin = await adminPage(browser)
  await admin.page.goto('/admin/staff')
  const me = admin.page.getByRole('row').filter({ hasText: staff.admin })
  await expect(me).toContainText('That is you: another administrator can deactivate this account.')
  await expect(me.getByRole('button', { name: /^Deactivate/ })).toHaveCount(0)

  // The form from someone else's row, pointed at the administrator's own account.
  const form = admin.page.locator('form').filter({ has: admin.page.getByRole('button', { name: /^Deactivate/ }) }).first()
  const fields = await formFields(form)
  const [{ id }] = (await query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [staff.admin])) as [{ id: string }]
  const cookie = (await admin.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
  const res = await replay(admin.page.request, baseURL!, '/admin/staff', { ...fields, userId: id }, cookie)
  expect(res.status()).toBe(303)
  await admin.page.goto(res.headers()['location']!)
  await expect(admin.page.getByRole('main').getByRole('alert')).toHaveText('You cannot deactivate your own account: another administrator can.')
  expect((await query<{ active: boolean }>(`SELECT active FROM "User" WHERE id = $1`, [id]))[0]!.active).toBe(true)
  await admin.context.close()
})
