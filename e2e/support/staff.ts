import { expect, type Page } from '@playwright/test'

export const STAFF_PASSWORD = process.env.SEED_STAFF_PASSWORD || 'broadside-demo'
export const staff = {
  admin: 'admin@broadside.test',
  editor: 'editor@broadside.test',
  writer: 'writer@broadside.test',
  contributor: 'contributor@broadside.test',
} as const

export async function signIn(page: Page, email: string, password = STAFF_PASSWORD) {
  await page.goto('/login')
  await page.getByRole('textbox', { name: 'Email' }).fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/admin$/)
}

/** A unique suffix so tests never collide with each other or with the seed. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
