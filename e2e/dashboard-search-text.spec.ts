import { expect, test } from '@playwright/test'
import { createArticle } from './support/content'
import { join, newJoiner } from './support/membership'
import { signIn, staff, unique } from './support/staff'

// The dashboard's text filters find what was meant, whichever apostrophe was typed or stored,
// and a postcode typed without its space.

test('the articles filter and the members list find a name whichever apostrophe was typed', async ({ page, browser }) => {
  const tag = unique()
  const curly = await createArticle({ headline: `Tenants\u2019 union ${tag} wins` })
  const straight = await createArticle({ headline: `Britain's buses ${tag} run late` })
  await signIn(page, staff.editor)
  for (const [typed, headline] of [
    [`tenants' union ${tag}`, curly.headline],
    [`britain\u2019s buses ${tag}`, straight.headline],
  ]) {
    await page.goto(`/admin?q=${encodeURIComponent(typed!)}`)
    await expect(page.getByRole('main').getByRole('table').getByRole('link'), typed).toHaveText([headline!])
  }

  const joiner = newJoiner({ name: `Siobhan O\u2019Brien ${tag}`, postcode: 'ze2 9xx' })
  await join(page, joiner)
  const admin = await browser.newPage()
  await signIn(admin, staff.admin)
  for (const typed of [`o'brien ${tag}`, `O\u2019BRIEN ${tag}`]) {
    await admin.goto(`/admin/members?q=${encodeURIComponent(typed)}`)
    await expect(admin.getByRole('link', { name: joiner.name, exact: true }), typed).toBeVisible()
  }
  // The postcode as stored ("ZE2 9XX"), typed without its space.
  await admin.goto('/admin/members?q=ze29xx')
  await expect(admin.getByRole('link', { name: joiner.name, exact: true })).toBeVisible()
  await admin.close()
})
