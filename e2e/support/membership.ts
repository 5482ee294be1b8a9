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

/**
 * A client address of its own for each joiner. The test server trusts X-Forwarded-For, as it
 * would behind nginx, and Next fills it in with 127.0.0.1 when a request has none: every sign-up
 * in the suite would count against one visitor's limit of 20 an hour.
 */
export const visitorIp = () => `198.18.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`

/** Fills in and sends the join form on the current page (which must be /join), as a visitor of its own. */
export async function fillJoinForm(page: Page, j: Joiner, { consent = true } = {}) {
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': visitorIp() })
  if (j.tier) await page.getByRole('radio', { name: j.tier }).check()
  if (j.amount !== undefined) await page.getByRole('textbox', { name: /Your monthly amount/ }).fill(j.amount)
  await page.getByRole('textbox', { name: 'Full name' }).fill(j.name)
  await page.getByRole('textbox', { name: 'Email address', exact: true }).fill(j.email)
  await page.getByRole('textbox', { name: 'Postcode' }).fill(j.postcode)
  if (j.newsletter) await page.getByRole('checkbox', { name: /newsletter/ }).check()
  if (consent) await page.getByRole('checkbox', { name: /privacy notice/ }).check()
  // "Join <the site's name>" (e2e/site-name.spec.ts renames the site).
  await page.getByRole('button', { name: /^Join / }).click()
}

/** Joins from /join and lands on the check-your-email page. */
export async function join(page: Page, j: Joiner, path = '/join') {
  await page.goto(path)
  await fillJoinForm(page, j)
  await expect(page).toHaveURL(/\/membership\/check-email$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email')
}
