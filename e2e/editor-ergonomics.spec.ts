import { expect, test, type Locator } from '@playwright/test'
import { query } from './support/db'
import { bodyEditor, saveWithShortcut, toolbar } from './support/editor'
import { signIn, staff, unique } from './support/staff'

/** What a text field suggests: the options of the datalist it is tied to. */
const suggestionsOf = (field: Locator) => field.evaluate((input: HTMLInputElement) => [...(input.list?.options ?? [])].map((o) => o.value))

test.describe('the editor', () => {
  test('shows problems next to the field, keeps what was typed, saves with Ctrl+S and warns before leaving unsaved work', async ({ page }) => {
    await signIn(page, staff.writer)
    await page.goto('/admin/articles/new')
    await page.getByRole('textbox', { name: 'Standfirst' }).fill('A standfirst that must survive a refusal.')
    await bodyEditor(page).click()
    await page.keyboard.type('A body that must survive a refusal too.')
    await toolbar(page, 'Embed video')
    await page.getByLabel('YouTube or Vimeo link').fill('https://evil.example/watch?v=abc')
    await page.getByRole('button', { name: 'Embed', exact: true }).click()
    await expect(page.getByText('Paste a YouTube or Vimeo link')).toBeVisible()
    await page.getByLabel('YouTube or Vimeo link').fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ')
    await page.getByRole('button', { name: 'Embed', exact: true }).click()
    await expect(bodyEditor(page).getByText('YouTube video dQw4w9WgXcQ')).toBeVisible()

    // No headline and a malformed slug: refused, with messages beside the fields.
    await page.getByRole('textbox', { name: /^Slug/ }).fill('Not A Slug!')
    await expect(page.getByText('Use lower-case letters, numbers and single hyphens only.')).toBeVisible()
    // And an SEO title too long: its message and its character count are both read out.
    const seoTitle = page.getByRole('textbox', { name: 'SEO title' })
    await seoTitle.fill('x'.repeat(201))
    await page.keyboard.press('ControlOrMeta+s')
    const headline = page.getByRole('textbox', { name: 'Headline', exact: true })
    await expect(headline).toHaveAttribute('aria-invalid', 'true')
    await expect(headline).toHaveAccessibleDescription('Give the piece a headline.')
    await expect(seoTitle).toHaveAttribute('aria-invalid', 'true')
    await expect(seoTitle).toHaveAccessibleDescription(/^Keep the SEO title under 200 characters\. 201\/60 characters\./)
    await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toBeVisible()
    await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue('A standfirst that must survive a refusal.')
    await expect(bodyEditor(page)).toContainText('A body that must survive a refusal too.')

    // Fix both and save with the keyboard.
    const title = `Keyboard saves ${unique()}`
    await headline.fill(title)
    await seoTitle.fill('')
    await page.getByRole('textbox', { name: /^Slug/ }).fill('')
    await headline.fill(`${title}!`)
    await saveWithShortcut(page)
    await expect(page).toHaveURL(/\/admin\/articles\/[^/]+\?notice=created$/)
    const [row] = await query<{ bodyJson: { content: { type: string; attrs?: { videoId?: string } }[] }; slug: string }>(`SELECT "bodyJson", slug FROM "Article" WHERE headline = $1`, [`${title}!`])
    expect(row!.slug).toMatch(/^keyboard-saves-[a-z0-9]+$/)
    expect(row!.bodyJson.content.find((n) => n.type === 'video')?.attrs?.videoId).toBe('dQw4w9WgXcQ')

    // An unsaved change: leaving asks first.
    await bodyEditor(page).click()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.type(' One more sentence.')
    await expect(page.getByText('Unsaved changes', { exact: true }).filter({ visible: true })).toBeVisible()
    const dialog = new Promise<string>((resolve) =>
      page.once('dialog', (d) => {
        resolve(d.type())
        // Leave anyway, so the page really closes before the test ends.
        void d.accept()
      }),
    )
    const closed = page.waitForEvent('close')
    await page.close({ runBeforeUnload: true })
    expect(await dialog).toBe('beforeunload')
    await closed
  })

  test('the body shows a focus ring when reached with the keyboard, like every other field', async ({ page }) => {
    await signIn(page, staff.writer)
    await page.goto('/admin/articles/new')
    await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Embed video', exact: true }).focus()
    await page.keyboard.press('Tab')
    await expect(bodyEditor(page)).toBeFocused()
    const ring = await bodyEditor(page).evaluate((body) => {
      const frame = getComputedStyle(body.closest('.rounded-sm')!)
      return { style: frame.outlineStyle, width: frame.outlineWidth }
    })
    expect(ring).toEqual({ style: 'solid', width: '3px' })
  })

  test('is usable on a tablet: every control fits a 768px screen without sideways scrolling', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true })
    const page = await context.newPage()
    await signIn(page, staff.editor)
    await page.goto('/admin/articles/new')
    await expect(bodyEditor(page)).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    for (const name of ['Sub-heading', 'Bold', 'Link', 'Insert image', 'Embed video']) {
      const box = await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name, exact: true }).boundingBox()
      expect(box!.height, name).toBeGreaterThanOrEqual(32)
      expect(box!.x + box!.width).toBeLessThanOrEqual(768)
    }
    await bodyEditor(page).tap()
    await page.keyboard.type('Typed on a tablet.')
    await expect(page.getByText('4 words · 1 min read')).toBeVisible()
    await context.close()
  })

  test('lists articles with filters, search, sort and pages', async ({ page }) => {
    await signIn(page, staff.editor)
    await page.goto('/admin?status=PUBLISHED&sort=headline')
    const rows = page.locator('tbody tr')
    expect(await rows.count()).toBeGreaterThan(1)
    // In the database's own collation order, A to Z.
    const alphabetical = await query<{ headline: string }>(`SELECT headline FROM "Article" WHERE status = 'PUBLISHED' ORDER BY headline, id LIMIT 25`)
    expect(await rows.locator('td:first-child a').allTextContents()).toEqual(alphabetical.map((r) => r.headline))
    await expect(rows.first().locator('td').nth(1)).toContainText('Published')
    // A row names the piece's authors, and who edited it last, and when.
    const [seeded] = await query<{ headline: string; author: string }>(
      `SELECT a.headline, au.name AS author FROM "Article" a JOIN "ArticleAuthor" aa ON aa."articleId" = a.id AND aa.position = 0 JOIN "Author" au ON au.id = aa."authorId"
        WHERE a.status = 'PUBLISHED' ORDER BY a.headline, a.id LIMIT 1`,
    )
    const row = rows.filter({ has: page.getByRole('link', { name: seeded!.headline, exact: true }) })
    await expect(row.locator('td').nth(2)).toContainText(seeded!.author)
    await expect(row.locator('td').nth(3)).toContainText(/\d{4}/)

    await page.getByLabel('Section').selectOption({ label: 'News' })
    await page.getByLabel('Tag').fill('Housing')
    await page.getByRole('button', { name: 'Apply' }).click()
    await expect(page).toHaveURL(/section=.+&tag=Housing/)
    const [expected] = await query<{ n: string }>(
      `SELECT count(*) AS n FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
        WHERE a.status = 'PUBLISHED' AND s.name = 'News' AND EXISTS (SELECT 1 FROM "ArticleTag" at JOIN "Tag" t ON t.id = at."tagId" WHERE at."articleId" = a.id AND t.name = 'Housing')`,
    )
    await expect(page.getByText(new RegExp(`^${expected!.n} articles?`))).toBeVisible()

    // Authors and tags are typed, with the most used suggested; part of a name is enough.
    const [author] = await query<{ name: string; n: string }>(
      `SELECT au.name, count(*) AS n FROM "Author" au JOIN "ArticleAuthor" aa ON aa."authorId" = au.id WHERE au.slug = 'maya-brennan' GROUP BY au.name`,
    )
    expect(await suggestionsOf(page.getByLabel('Author'))).toContain('Maya Brennan')
    expect(await suggestionsOf(page.getByLabel('Tag'))).toContain('Housing')
    await page.goto('/admin')
    await page.getByLabel('Author').fill('maya bren')
    await page.getByRole('button', { name: 'Apply' }).click()
    await expect(page).toHaveURL(/author=maya\+bren/)
    await expect(page.getByText(new RegExp(`^${author!.n} articles?`))).toBeVisible()
    for (const cell of await page.locator('tbody tr td:nth-child(3)').allTextContents()) expect(cell).toContain(author!.name)
    await page.goto('/admin?author=maya-brennan')
    await expect(page.getByText(new RegExp(`^${author!.n} articles?`))).toBeVisible()

    await page.goto('/admin?q=zzzz-no-such-headline')
    await expect(page.getByText('No articles match.')).toBeVisible()
  })
})
