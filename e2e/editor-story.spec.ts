import { expect, test } from '@playwright/test'
import { query } from './support/db'
import { bodyEditor, makeJpeg, toolbar, uploadThrough } from './support/editor'
import { signIn, staff, unique } from './support/staff'

test('an editor writes, illustrates, tags, previews and publishes a piece, and a reader sees every part of it', async ({ page, browser }) => {
  test.setTimeout(120_000)
  const id = unique()
  const headline = `Bus drivers win back the night routes ${id}`
  const guest = `Gabriel Guestwriter ${id}`
  const newTag = `Night buses ${id}`

  await signIn(page, staff.editor)
  await page.getByRole('link', { name: 'New article' }).first().click()
  await expect(page.getByRole('heading', { name: 'New article' })).toBeVisible()

  // Headline, with the slug following it, and the standfirst.
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill(headline)
  await expect(page.getByRole('textbox', { name: /^Slug/ })).toHaveValue(/^bus-drivers-win-back-the-night-routes-/)
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('Six weeks of strikes restored every cut route, argues our transport correspondent.')

  // The body: two sub-headings, a quote, a link, an inline image.
  const body = bodyEditor(page)
  await body.click()
  await page.keyboard.type('The depot voted by nine to one to strike.')
  await page.keyboard.press('Enter')
  await toolbar(page, 'Sub-heading')
  await page.keyboard.type('How the routes were won')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Drivers picketed every garage in the city.')
  await page.keyboard.press('Enter')
  await toolbar(page, 'Quote')
  await page.keyboard.type('We drive the city home at night.')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.type('the ballot result')
  await page.keyboard.press('Shift+Home')
  await toolbar(page, 'Link')
  // The URL check refuses script links before anything is sent.
  await page.getByLabel('Link address').fill('javascript:alert(1)')
  await page.getByRole('button', { name: 'Apply link' }).click()
  await expect(page.getByText('Links must start with https://')).toBeVisible()
  await page.getByLabel('Link address').fill('https://example.org/ballot')
  await page.getByRole('button', { name: 'Apply link' }).click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')

  // Inline image, uploaded from the editor's media picker.
  await toolbar(page, 'Insert image')
  const picker = page.getByRole('dialog', { name: 'Insert an image' })
  await uploadThrough(picker.getByRole('form', { name: 'Upload an image' }), {
    name: 'picket.jpg',
    buffer: await makeJpeg({ hue: 30 }),
    alt: 'Drivers on the picket line at dawn',
    caption: 'The Northgate picket',
    credit: 'R. Lens',
    source: 'Broadside',
    licence: 'CC BY 4.0',
  })
  await expect(picker).toBeHidden()
  const figure = body.locator('[data-figure]')
  await expect(figure.getByLabel('Caption')).toHaveValue('The Northgate picket')
  await figure.getByLabel('Caption').fill('The Northgate picket on day one')
  await body.click({ position: { x: 10, y: 10 } })
  await page.keyboard.press('ControlOrMeta+End')
  await toolbar(page, 'Sub-heading')
  await page.keyboard.type('What comes next')
  await page.keyboard.press('Enter')
  await page.keyboard.type('The union says the fight for pay is next.')
  await expect(page.getByText(/\d+ words · 1 min read/)).toBeVisible()

  // Hero image, uploaded with credit, source and a CC licence whose URL fills in by itself.
  await page.getByRole('button', { name: 'Choose hero image' }).click()
  const heroPicker = page.getByRole('dialog', { name: 'Choose the hero image' })
  const heroForm = heroPicker.getByRole('form', { name: 'Upload an image' })
  await heroForm.getByLabel('Licence', { exact: true }).selectOption({ label: 'CC BY-NC 2.0' })
  await expect(heroForm.getByLabel(/^Licence URL/)).toHaveValue('https://creativecommons.org/licenses/by-nc/2.0/')
  await uploadThrough(heroForm, {
    name: 'depot.jpg',
    buffer: await makeJpeg({ width: 1600, height: 900, hue: 210 }),
    alt: 'A bus leaving the depot at night',
    caption: 'The first night bus back on route 14.',
    credit: 'A. Photographer',
    source: 'Flickr',
  })
  await expect(heroPicker).toBeHidden()
  await expect(page.getByText('Photo: A. Photographer')).toBeVisible()

  // Section, two ordered authors (one a new guest), three tags (one new).
  await page.getByRole('combobox', { name: 'Section' }).selectOption({ label: 'News' })
  await page.getByLabel('Add an author').fill('Maya')
  await page.getByRole('button', { name: 'Add Maya Brennan' }).click()
  await page.getByLabel('Add an author').fill(guest)
  await page.getByRole('button', { name: `Create guest author “${guest}”` }).click()
  const byline = page.getByRole('list', { name: 'Byline, in order' })
  await expect(byline.getByRole('listitem')).toHaveText([/Maya Brennan/, new RegExp(`${guest}\\s*\\(guest\\)`)])
  await page.getByLabel(/^Add a tag/).fill('Stri')
  await page.getByRole('button', { name: 'Add Strikes' }).click()
  await page.getByLabel(/^Add a tag/).fill('Trade unions')
  await page.keyboard.press('Enter')
  await page.getByLabel(/^Add a tag/).fill(newTag)
  await page.getByRole('button', { name: `Create tag “${newTag}”` }).click()
  await expect(page.getByRole('list', { name: 'Chosen tags' }).getByRole('listitem')).toHaveCount(3)

  // SEO preview follows what is typed.
  await page.getByRole('textbox', { name: 'SEO description' }).fill('Every cut night route is back after six weeks of strikes.')
  await expect(page.getByRole('figure', { name: 'Search result preview' })).toContainText('Every cut night route is back')
  await expect(page.getByRole('figure', { name: 'Share card preview' })).toContainText(headline.slice(0, 30))

  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Draft created' })).toBeVisible()
  const articleId = page.url().match(/\/admin\/articles\/([^/?]+)/)![1]!
  const slug = await page.getByRole('textbox', { name: /^Slug/ }).inputValue()

  // The new tag is offered at once to the next piece (the ranked tag list is cached, and expired when a save makes a tag).
  const nextPiece = await page.context().newPage()
  await nextPiece.goto('/admin/articles/new')
  await nextPiece.getByLabel(/^Add a tag/).fill(newTag)
  await expect(nextPiece.getByRole('button', { name: `Add ${newTag}` })).toBeVisible()
  await expect(nextPiece.getByRole('button', { name: `Create tag “${newTag}”` })).toHaveCount(0)
  await nextPiece.close()

  // Not public yet.
  const reader = await browser.newPage()
  expect((await reader.goto(`/article/${slug}`))?.status()).toBe(404)

  // Preview as staff, through draft mode: what a reader will see, with a banner, never cached or indexed.
  const [preview] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('link', { name: 'Preview' }).click()])
  await preview.waitForURL(`**/preview/${articleId}`)
  await expect(preview.getByRole('status', { name: 'Preview' })).toContainText('readers cannot see it yet')
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(headline)
  await expect(preview.locator('.article-body h2')).toHaveCount(2)
  await expect(preview.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  const previewResponse = await preview.request.get(`/preview/${articleId}`)
  expect(previewResponse.headers()['cache-control']).toMatch(/private/)
  expect(previewResponse.headers()['cache-control']).toMatch(/no-store/)
  // Both hops stay on the host the editor is using: under `npm start` the server listens as
  // 0.0.0.0, and an address built from the request's URL sent editors there.
  const hop = await preview.request.get(`/api/preview?id=${articleId}`, { maxRedirects: 0 })
  expect(hop.headers()['location']).toBe(`/preview/${articleId}`)
  await preview.getByRole('link', { name: 'Back to the editor' }).click()
  await preview.waitForURL(`**/admin/articles/${articleId}`)
  await expect(preview.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(headline)
  await preview.close()

  // A share link works for someone with no account; a tampered one does not.
  await page.getByRole('button', { name: 'Make a share link' }).click()
  const shareUrl = await page.getByLabel(/^Preview link for someone without an account/).inputValue()
  expect(shareUrl).toMatch(new RegExp(`/preview/${articleId}\\?token=\\d+\\.`))
  const outsider = await browser.newPage()
  await outsider.goto(shareUrl)
  await expect(outsider.getByRole('status', { name: 'Preview' })).toBeVisible()
  await expect(outsider.getByRole('heading', { level: 1 })).toHaveText(headline)
  await outsider.goto(shareUrl.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))
  await expect(outsider.getByRole('heading', { level: 1 })).not.toHaveText(headline)
  // Without a share link or a session, a preview address sends its visitor to sign in.
  const bare = await outsider.request.get(`/preview/${articleId}`, { maxRedirects: 0 })
  expect(bare.status()).toBe(307)
  expect(new URL(bare.headers()['location']!, 'http://x').pathname).toBe('/login')
  await outsider.close()

  // Publish.
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Published' })).toBeVisible()

  // The reader sees every part.
  expect((await reader.goto(`/article/${slug}`))?.status()).toBe(200)
  const article = reader.getByRole('article')
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(headline)
  await expect(article.locator('h1 + p')).toHaveText(/Six weeks of strikes/)
  const hero = article.locator('figure').first()
  await expect(hero.locator('img')).toHaveAttribute('alt', 'A bus leaving the depot at night')
  await expect(hero.locator('figcaption')).toHaveText('The first night bus back on route 14. Photo: A. Photographer / Flickr / CC BY-NC 2.0')
  await expect(hero.locator('figcaption a[rel~="license"]')).toHaveAttribute('href', 'https://creativecommons.org/licenses/by-nc/2.0/')
  const text = article.locator('.article-body')
  await expect(text.locator('h2')).toHaveText(['How the routes were won', 'What comes next'])
  await expect(text.locator('blockquote')).toHaveText('We drive the city home at night.')
  await expect(text.getByRole('link', { name: 'the ballot result' })).toHaveAttribute('href', 'https://example.org/ballot')
  const inline = text.locator('figure.body-figure')
  await expect(inline.locator('img')).toHaveAttribute('alt', 'Drivers on the picket line at dawn')
  await expect(inline.locator('figcaption')).toHaveText('The Northgate picket on day one Photo: R. Lens / Broadside / CC BY 4.0')
  await expect(inline.locator('figcaption a[rel~="license"]')).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/')
  const authorLinks = article.locator('a[rel="author"]')
  await expect(authorLinks).toHaveText(['Maya Brennan', guest])
  await expect(reader.getByRole('complementary', { name: 'Before you go' })).toBeVisible()
  const tags = reader.getByRole('region', { name: 'Tagged under:' }).getByRole('link')
  await expect(tags).toHaveCount(3)
  await expect(reader.getByRole('region', { name: 'Tagged under:' }).getByRole('link', { name: newTag })).toHaveAttribute('href', /^\/tag\/night-buses-/)

  // The guest author exists as a byline with no login, and their page lists the piece.
  const guestHref = (await authorLinks.nth(1).getAttribute('href'))!
  expect(guestHref).toMatch(/^\/author\/gabriel-guestwriter-/)
  const [guestRow] = await query<{ userId: string | null }>(`SELECT "userId" FROM "Author" WHERE slug = $1`, [guestHref.split('/').pop()])
  expect(guestRow).toEqual({ userId: null })
  const authorPage = await reader.goto(guestHref)
  if (authorPage?.status() === 404) {
    // /author/[slug] is built on another branch; until it is merged the byline link is the proof.
    test.info().annotations.push({ type: 'note', description: 'The author page is not on this branch yet; checked the byline link and the guest author row.' })
  } else {
    await expect(reader.getByRole('link', { name: headline })).toBeVisible()
  }
  await reader.close()
})

test('a headline alone cannot be published: the editor is told to write the piece first', async ({ page }) => {
  const headline = `Headline with nothing under it ${unique()}`
  await signIn(page, staff.editor)
  await page.goto('/admin/articles/new')
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill(headline)
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText('Draft created')
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(page.getByRole('main').getByRole('alert')).toContainText('There is nothing to publish yet')
  expect(await query(`SELECT status FROM "Article" WHERE headline = $1`, [headline])).toEqual([{ status: 'DRAFT' }])

  // With words in the body it goes live.
  await bodyEditor(page).click()
  await page.keyboard.type('Now there is something to read.')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect.poll(async () => (await query<{ wordCount: number }>(`SELECT "wordCount" FROM "Article" WHERE headline = $1`, [headline]))[0]?.wordCount).toBe(6)
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText('Published')
  expect(await query(`SELECT status FROM "Article" WHERE headline = $1`, [headline])).toEqual([{ status: 'PUBLISHED' }])
})
