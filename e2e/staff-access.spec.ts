import { expect, test } from '@playwright/test'
import { bodyEditor, toolbar } from './support/editor'
import { signIn, staff, unique } from './support/staff'

test.describe('the dashboard', () => {
  test('sends an anonymous visitor to the sign-in page', async ({ page }) => {
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/login$/)
    await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible()
  })

  test('refuses a wrong password and creates no session', async ({ page, context }) => {
    await page.goto('/login')
    await page.getByLabel('Email').fill(staff.editor)
    await page.getByLabel('Password').fill('not-the-password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.locator('form').getByRole('alert')).toContainText('do not match')
    await expect(page).toHaveURL(/\/login$/)
    const cookies = await context.cookies()
    expect(cookies.some((c) => c.name.includes('session-token'))).toBe(false)
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/login$/)
  })

  test('lets an editor write and publish a piece that a reader then sees', async ({ page, browser }) => {
    const headline = `Tenants win rent freeze after month-long strike ${unique()}`
    await signIn(page, staff.editor)
    await page.getByRole('link', { name: 'New article' }).first().click()
    await expect(page.getByRole('heading', { name: 'New article' })).toBeVisible()
    await page.getByRole('textbox', { name: 'Headline', exact: true }).fill(headline)
    await page.getByRole('textbox', { name: 'Standfirst' }).fill('Organised tenants forced the landlord to back down, writes our housing reporter.')
    await bodyEditor(page).click()
    await toolbar(page, 'Sub-heading')
    await page.keyboard.type('How they won')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Three hundred households withheld rent for a month.')
    await page.keyboard.press('Enter')
    await toolbar(page, 'Quote')
    await page.keyboard.type('We were not asking for charity.')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Read the agreement.')
    await page.getByRole('combobox', { name: 'Section' }).selectOption({ label: 'News' })
    for (const tag of ['Housing', 'Rent strikes']) {
      await page.getByLabel(/^Add a tag/).fill(tag)
      await page.keyboard.press('Enter')
    }
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expect(page.getByRole('main').getByRole('status')).toContainText('Draft created')

    // Not public until published.
    const slug = await page.getByRole('textbox', { name: /^Slug/ }).inputValue()
    expect(slug).toMatch(/^tenants-win-rent-freeze-after-month-long-strike-/)
    const reader = await browser.newPage()
    expect((await reader.goto(`/article/${slug}`))?.status()).toBe(404)

    await page.getByRole('button', { name: 'Publish' }).click()
    await expect(page.getByRole('main').getByRole('status')).toContainText('Published')

    const response = await reader.goto(`/article/${slug}`)
    expect(response?.status()).toBe(200)
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(headline)
    await expect(reader.locator('.article-body h2')).toHaveText('How they won')
    await expect(reader.locator('.article-body blockquote')).toContainText('We were not asking for charity.')
    await expect(reader.getByRole('region', { name: 'Tagged under:' }).getByRole('link', { name: 'Rent strikes' })).toHaveAttribute('href', '/tag/rent-strikes')

    await reader.goto('/')
    await expect(reader.getByRole('link', { name: headline }).first()).toBeVisible()
    await reader.close()
  })
})
