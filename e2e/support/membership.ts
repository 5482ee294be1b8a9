// Steps the membership specs share: filling in the join form as a reader would.
import { expect, type Page } from '@playwright/test'
import { unique } from './staff'

export type Joiner = { name: string; email: string; postcode: string; tier?: RegExp; amount?: string; newsletter?: boolean }

export const newJoiner = (overrides: Partial<Joiner> = {}): Joiner => ({
  name: 'Rosa Example',
  email: `joiner-${unique()}@example.org`,
  postcode: 'sw1a 1aa',
  ...overrides,
})

/** Fills in and sends the join form on the current page (which must be /join). */
export async function fillJoinForm(page: Page, j: Joiner, { consent = true } = {}) {
  if (j.tier) await page.getByRole('radio', { name: j.tier }).check()
  if (j.amount !== undefined) await page.getByRole('textbox', { name: /Your monthly amount/ }).fill(j.amount)
  await page.getByRole('textbox', { name: 'Full name' }).fill(j.name)
  await page.getByRole('textbox', { name: 'Email address', exact: true }).fill(j.email)
  await page.getByRole('textbox', { name: 'Postcode' }).fill(j.postcode)
  if (j.newsletter) await page.getByRole('checkbox', { name: /newsletter/ }).check()
  if (consent) await page.getByRole('checkbox', { name: /privacy notice/ }).check()
  await page.getByRole('button', { name: 'Join Broadside' }).click()
}

/** Joins from /join and lands on the check-your-email page. */
export async function join(page: Page, j: Joiner, path = '/join') {
  await page.goto(path)
  await fillJoinForm(page, j)
  await expect(page).toHaveURL(/\/membership\/check-email$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email')
}
