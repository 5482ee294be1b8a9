import { expect, test } from '@playwright/test'
import { query } from './support/db'
import { join, newJoiner } from './support/membership'
import { signIn, staff, unique } from './support/staff'

test('names are shown as text in the dashboard and in the CSV, and formulas are neutralised', async ({ page, browser }) => {
  const tag = unique()
  const script = newJoiner({ name: '<img src=x onerror=alert(1)>', email: `xss-${tag}@example.org` })
  const formula = newJoiner({ name: '=HYPERLINK("http://evil.example","x")', email: `formula-${tag}@example.org` })
  await join(page, script)
  await join(page, formula)

  const admin = await browser.newPage()
  admin.on('dialog', (dialog) => {
    throw new Error(`A script ran in the dashboard: ${dialog.message()}`)
  })
  await signIn(admin, staff.admin)
  await admin.goto(`/admin/members?q=${tag}`)
  await expect(admin.getByRole('link', { name: script.name, exact: true })).toBeVisible()
  await expect(admin.getByRole('link', { name: formula.name, exact: true })).toBeVisible()
  await expect(admin.locator('main img')).toHaveCount(0)
  await admin.getByRole('link', { name: script.name, exact: true }).click()
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(script.name)
  await expect(admin.locator('main img')).toHaveCount(0)

  const csv = await admin.request.get(`/admin/members/export.csv?q=${tag}`)
  expect(csv.status()).toBe(200)
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8')
  expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="broadside-members-\d{4}-\d{2}-\d{2}\.csv"$/)
  const body = await csv.text()
  expect(body).toContain(`"<img src=x onerror=alert(1)>","${script.email}"`)
  expect(body).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")","${formula.email}"`)
  expect(body.split('\r\n').filter(Boolean)).toHaveLength(3)

  // Exports are for administrators, and each one is in the audit log.
  const [audit] = await query<{ actorEmail: string }>(`SELECT "actorEmail" FROM "AuditLog" WHERE action = 'member.export' ORDER BY "createdAt" DESC LIMIT 1`)
  expect(audit?.actorEmail).toBe(staff.admin)
  const editor = await browser.newPage()
  await signIn(editor, staff.editor)
  expect((await editor.request.get('/admin/members/export.csv')).status()).toBe(403)
  // Members' details are for administrators only: an editor sees neither the list nor the names.
  const list = await editor.goto(`/admin/members?q=${tag}`)
  expect(list?.status()).toBe(403)
  await expect(editor.getByText(script.name)).toHaveCount(0)
  await expect(editor.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Members' })).toHaveCount(0)
  await editor.close()
  await admin.close()
})

test('an administrator changes a status and erases a member, and the audit log says who', async ({ page }) => {
  const joiner = newJoiner({ name: 'Erase Me Please' })
  await join(page, joiner)
  const [{ id }] = (await query<{ id: string }>(`SELECT id FROM "Member" WHERE email = $1`, [joiner.email])) as [{ id: string }]

  await signIn(page, staff.admin)
  await page.goto(`/admin/members/${id}`)
  // Marked active by hand, the address is still not confirmed: only the member's link does that.
  const detail = (term: string) => page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]')
  const confirmed = detail('Confirmed email')
  await expect(confirmed).toContainText('Not yet')
  await page.getByRole('combobox', { name: 'Change status' }).selectOption('ACTIVE')
  await page.getByRole('button', { name: 'Save status' }).click()
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Status changed.')
  await expect(detail('Status')).toHaveText('Active')
  await expect(confirmed).toContainText('Not yet')
  expect((await query<{ confirmedAt: Date | null }>(`SELECT "confirmedAt" FROM "Member" WHERE id = $1`, [id]))[0]?.confirmedAt).toBeNull()

  await page.getByRole('combobox', { name: 'Change status' }).selectOption('CANCELLED')
  await page.getByRole('button', { name: 'Save status' }).click()
  await expect(detail('Status')).toHaveText('Cancelled')
  expect((await query<{ status: string }>(`SELECT status FROM "Member" WHERE id = $1`, [id]))[0]?.status).toBe('CANCELLED')

  await page.getByRole('checkbox', { name: /erase this member permanently/ }).check()
  await page.getByRole('button', { name: 'Erase member' }).click()
  await expect(page).toHaveURL(/\/admin\/members\?notice=erased$/)
  expect(await query(`SELECT id FROM "Member" WHERE id = $1`, [id])).toHaveLength(0)
  const audit = await query<{ action: string; actorEmail: string }>(`SELECT action, "actorEmail" FROM "AuditLog" WHERE subject = $1 ORDER BY "createdAt"`, [id])
  expect(audit).toEqual([
    { action: 'member.status_change', actorEmail: staff.admin },
    { action: 'member.status_change', actorEmail: staff.admin },
    { action: 'member.erase', actorEmail: staff.admin },
  ])
})

test('an administrator adds a tier and the join page offers it at once', async ({ page }) => {
  const name = `Organiser ${unique()}`
  await signIn(page, staff.admin)
  await page.goto('/admin/members/tiers')
  const form = page.getByRole('form', { name: 'New tier' })
  await form.getByRole('textbox', { name: 'Name' }).fill(name)
  await form.getByRole('textbox', { name: 'Monthly amount (£)' }).fill('40')
  await form.getByRole('textbox', { name: 'Description' }).fill('For people who organise a reading group.')
  await form.getByRole('spinbutton', { name: 'Order' }).fill('50')
  await form.getByRole('button', { name: 'Add tier' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText('Tier added')

  await page.goto('/join')
  const radios = page.getByRole('radio')
  await expect(radios.last()).toHaveAccessibleName(new RegExp(`^${name} £40 a month`))
  expect((await query<{ monthlyPence: number }>(`SELECT "monthlyPence" FROM "MembershipTier" WHERE name = $1`, [name]))[0]?.monthlyPence).toBe(4000)

  // Stop offering it: gone from the join page.
  await page.goto('/admin/members/tiers')
  const tier = page.getByRole('form', { name: `Tier ${name}` })
  await tier.getByRole('checkbox', { name: 'Offered on the join page' }).uncheck()
  await tier.getByRole('button', { name: 'Save tier' }).click()
  await expect(tier.getByRole('status')).toContainText('Saved')
  await page.goto('/join')
  await expect(page.getByRole('radio', { name: new RegExp(`^${name}`) })).toHaveCount(0)
})
