import { expect, type Page } from '@playwright/test'
import { bodyEditor } from './editor'
import { signIn, staff } from './staff'

/**
 * Writes and publishes a piece through the dashboard as an editor, as a person would: the
 * publish action expires every cache tag the piece touches. Returns its slug.
 */
export async function publishThroughDashboard(page: Page, headline: string, tags = ''): Promise<string> {
  await signIn(page, staff.editor)
  await page.goto('/admin/articles/new')
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill(headline)
  await bodyEditor(page).click()
  await page.keyboard.type('A short piece written by the end-to-end tests.')
  for (const tag of tags.split(',').map((t) => t.trim()).filter(Boolean)) {
    await page.getByLabel(/^Add a tag/).fill(tag)
    await page.keyboard.press('Enter')
  }
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText('Draft created')
  const slug = await page.getByRole('textbox', { name: /^Slug/ }).inputValue()
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText('Published')
  return slug
}
