import { expect, test, type Page } from '@playwright/test'
import { bodyEditor } from './support/editor'
import { signIn, staff, unique } from './support/staff'

// Next keeps the last few pages of the dashboard mounted but hidden while staff move around it with
// its links. Every copy must have ids of its own: otherwise a label names a hidden copy's field, and
// the field on screen loses its name (or says it twice).

async function expectUniqueIds(page: Page, step: string) {
  const duplicates = await page.evaluate(() => {
    const seen = new Map<string, number>()
    for (const element of document.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1)
    return [...seen].filter(([, count]) => count > 1).map(([id]) => id)
  })
  expect(duplicates, `duplicate ids after: ${step}`).toEqual([])
}

/** The one field on screen labelled exactly `label` is named that, and takes what is typed. */
async function expectOneNamedField(page: Page, label: string, step: string, role: 'textbox' | 'searchbox' = 'textbox') {
  const field = page.getByLabel(label, { exact: true }).filter({ visible: true })
  await expect(field, `${label} after: ${step}`).toHaveCount(1)
  await expect(field, `${label} after: ${step}`).toHaveAccessibleName(label)
  await expect(page.getByRole(role, { name: label, exact: true }), `${label} after: ${step}`).toHaveCount(1)
  const before = await field.inputValue()
  await field.fill(`${before} typed`)
  await expect(field).toHaveValue(`${before} typed`)
  // Put it back, so nothing is left unsaved.
  await field.fill(before)
}

async function checkEditor(page: Page, step: string) {
  await expectUniqueIds(page, step)
  await expectOneNamedField(page, 'Headline', step)
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name, exact: true })

async function toArticles(page: Page) {
  await nav(page, 'Articles').click()
  await page.waitForURL(/\/admin$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible()
}

async function writeNewArticle(page: Page, headline: string) {
  await page.getByRole('main').getByRole('link', { name: 'New article' }).click()
  await page.waitForURL(/\/admin\/articles\/new$/)
  await checkEditor(page, `opening New article before writing “${headline}”`)
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill(headline)
  await bodyEditor(page).filter({ visible: true }).click()
  await page.keyboard.type('Written to check the ids of the dashboard.')
  await page.getByRole('button', { name: 'Save draft' }).click()
  await page.waitForURL(/\/admin\/articles\/[^/]+\?notice=created$/)
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Draft created' })).toBeVisible()
  await checkEditor(page, `saving “${headline}”`)
}

test('fields keep their own labels as an editor moves around the dashboard with its links', async ({ page }) => {
  await signIn(page, staff.editor)
  const first = `Ids first ${unique()}`
  const second = `Ids second ${unique()}`

  // Save a new article, go to Articles, then New article again: three editors are mounted, two hidden.
  await writeNewArticle(page, first)
  await toArticles(page)
  await expectUniqueIds(page, 'going to Articles after saving')
  await writeNewArticle(page, second)
  await toArticles(page)
  await page.getByRole('main').getByRole('link', { name: 'New article' }).click()
  await page.waitForURL(/\/admin\/articles\/new$/)
  // The scenario is real: more than one editor is in the document.
  expect(await page.locator('input[name="headline"]').count()).toBeGreaterThan(1)
  await checkEditor(page, 'Articles, then New article again')

  // Two articles' editors in turn.
  for (const headline of [first, second]) {
    await toArticles(page)
    await page.getByRole('main').getByRole('link', { name: headline, exact: true }).click()
    await page.waitForURL(/\/admin\/articles\/[^/?]+$/)
    await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(headline)
    await checkEditor(page, `opening “${headline}” from the list`)
  }
  // And back to the list with the browser, then forward to the editor.
  await page.goBack()
  await page.waitForURL(/\/admin$/)
  await expectUniqueIds(page, 'going back to the list')
  await page.goForward()
  await page.waitForURL(/\/admin\/articles\/[^/?]+$/)
  await checkEditor(page, 'going forward to the editor')

  // Two tags' edit pages in turn.
  await nav(page, 'Tags').click()
  await page.waitForURL(/\/admin\/tags$/)
  const tagLinks = page.getByRole('main').getByRole('table').getByRole('link')
  const tags = (await tagLinks.allTextContents()).slice(0, 2)
  expect(tags).toHaveLength(2)
  for (const tag of tags) {
    await nav(page, 'Tags').click()
    await page.waitForURL(/\/admin\/tags$/)
    await page.getByRole('main').getByRole('table').getByRole('link', { name: tag, exact: true }).click()
    await page.waitForURL(/\/admin\/tags\/[^/?]+$/)
    await expect(page.getByRole('heading', { level: 1, name: `Tag: ${tag}` })).toBeVisible()
    await expectUniqueIds(page, `opening the tag “${tag}”`)
    await expectOneNamedField(page, 'Name', `opening the tag “${tag}”`)
    await expect(page.getByRole('combobox', { name: `Merge “${tag}” into` })).toHaveCount(1)
  }

  // The articles list with its filter: a filtered list and the whole list, both mounted.
  await toArticles(page)
  await page.getByLabel('Search headlines').filter({ visible: true }).fill(first)
  await page.getByRole('button', { name: 'Apply' }).click()
  await page.waitForURL(/\/admin\?q=/)
  await expect(page.getByRole('main').getByRole('link', { name: first, exact: true })).toBeVisible()
  await page.getByRole('main').getByRole('link', { name: first, exact: true }).click()
  await page.waitForURL(/\/admin\/articles\/[^/?]+$/)
  await checkEditor(page, 'opening an article from the filtered list')
  await page.goBack()
  await page.waitForURL(/\/admin\?q=/)
  await page.getByRole('link', { name: 'Clear filters' }).click()
  await page.waitForURL(/\/admin$/)
  await expectUniqueIds(page, 'clearing the filters')
  await expectOneNamedField(page, 'Search headlines', 'clearing the filters', 'searchbox')
  await expect(page.getByRole('combobox', { name: 'Author' })).toHaveCount(1)
  await page.getByRole('main').getByRole('link', { name: 'New article' }).click()
  await page.waitForURL(/\/admin\/articles\/new$/)
  await checkEditor(page, 'New article after the filtered list')
})

test('the public site is always a full page load from the dashboard and sign-in, never a page mounted beside them', async ({ page, context }) => {
  // Reader pages go out without scripts; a client navigation would render one inside the
  // dashboard's document, with the dashboard kept (hidden) beside it.
  await signIn(page, staff.editor)
  await nav(page, 'View site').click()
  await page.waitForURL((url) => url.pathname === '/')
  await expect(page.locator('#dashboard-main')).toHaveCount(0)
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0)
  await expectUniqueIds(page, 'View site')

  await context.clearCookies()
  await page.goto('/login')
  await page.getByRole('link', { name: 'Broadside', exact: true }).click()
  await page.waitForURL((url) => url.pathname === '/')
  await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toHaveCount(0)
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0)
  await expectUniqueIds(page, 'the masthead link on sign-in')
})
