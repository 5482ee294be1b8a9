import { expect, test, type Page } from '@playwright/test'
import { createArticle, createArticles } from './support/content'
import { publishThroughDashboard } from './support/dashboard'
import { unique } from './support/staff'

// Full-text search: stemmed, weighted, ranked, highlighted, paginated, and calm about odd input.

const results = (page: Page) => page.getByRole('list', { name: 'Search results' }).getByRole('article')
const status = (page: Page) => page.getByRole('main').getByRole('status')

/**
 * A made-up word stem no seeded article contains, so each test controls its results. It ends in
 * a plain consonant so the English stemmer treats -s, -ed and -ing alike (a random ending such as
 * "-ee" would make "-eed" stem differently, and the test flaky).
 */
const word = () => `florb${unique().replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]!)}k`

test.describe('a reader searching the archive', () => {
  test('finds stemmed matches, ranks a headline match above a body match, and highlights them safely', async ({ page }) => {
    const w = word()
    const inBody = await createArticle({
      headline: `Council budget ${unique()}`,
      body: `Residents spent the night ${w}ing outside the town hall. <script>window.hacked = true</script> <b>bold?</b>`,
    })
    const inHeadline = await createArticle({ headline: `Tenants ${w}ed the landlord ${unique()}`, standfirst: 'Nothing to see in the standfirst.' })

    await page.goto('/search')
    await page.getByRole('searchbox', { name: 'Search the archive' }).fill(`${w}s`)
    await page.getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${w}s$`))
    await expect(status(page)).toContainText('2 articles match')
    await expect(results(page)).toHaveCount(2)
    // Headline (weight A) outranks body (weight C).
    await expect(results(page).first().getByRole('heading')).toHaveText(inHeadline.headline)
    await expect(results(page).nth(1).getByRole('heading')).toHaveText(inBody.headline)
    // Stemming: "<w>s" found "<w>ed" and "<w>ing", and the matched words are marked.
    await expect(results(page).first().locator('h2 mark')).toHaveText(`${w}ed`)
    await expect(results(page).nth(1).locator('mark')).toHaveText(`${w}ing`)
    // Markup in the article text never becomes an element on the page.
    await expect(results(page).nth(1)).toContainText('Residents spent the night')
    expect(await page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined()
    expect(await results(page).nth(1).locator('script, b').count()).toBe(0)

    await results(page).first().getByRole('link').click()
    await expect(page).toHaveURL(`/article/${inHeadline.slug}`)
  })

  test('cuts a very long search at a whole word, finds what it asks for, and says it was cut', async ({ page }) => {
    const w = word()
    const article = await createArticle({ headline: `Tenants ${w} together ${unique()}`, standfirst: 'Nothing to see in the standfirst.' })
    // Long enough to be cut, and arranged so that character 200 falls inside a word: cut there,
    // the last term was half a word no article has, and nothing matched.
    let typed = `${w} `.repeat(40)
    while (typed[199] === ' ' || typed[200] === ' ') typed = `a ${typed}`
    await page.goto(`/search?q=${encodeURIComponent(typed)}`)
    await expect(status(page)).toContainText('1 article matches')
    await expect(results(page).getByRole('heading')).toHaveText(article.headline)
    await expect(page.getByRole('main')).toContainText('Your search was long, so we used only its first 200 characters.')
    const searched = await page.getByRole('searchbox', { name: 'Search the archive' }).inputValue()
    expect(searched.length).toBeLessThanOrEqual(200)
    expect(searched.split(' ').at(-1)).toBe(w)
  })

  test('treats curly quotes and apostrophes, as phones type them, like straight ones, and shows the text as written', async ({ page }) => {
    const w = word()
    const curly = await createArticle({ headline: `Tenants\u2019 \u201c${w} ballot\u201d ${unique()}`, standfirst: 'Nothing to see in the standfirst.' })
    const straight = await createArticle({ headline: `Council budget ${unique()}`, body: `The ${w}'s result was read out at the town hall.` })

    for (const typed of [`${w}\u2019s`, `${w}'s`]) {
      await page.goto(`/search?q=${encodeURIComponent(typed)}`)
      await expect(status(page), typed).toContainText('2 articles match')
      await expect(results(page).getByRole('heading'), typed).toHaveText([curly.headline, straight.headline])
    }
    // The headline keeps its own curly quotes, with the matched word marked inside them.
    await expect(results(page).first().locator('h2 mark')).toHaveText(w)
    // A phrase in curly quotes is a phrase.
    await page.goto(`/search?q=${encodeURIComponent(`\u201c${w} ballot\u201d`)}`)
    await expect(status(page)).toContainText(`1 article matches \u201c${w} ballot\u201d`)
    await expect(results(page).getByRole('heading')).toHaveText([curly.headline])
  })

  test('pages through many results', async ({ page }) => {
    const w = word()
    await createArticles(25, { prefix: `Bulletin ${w}`, body: `The ${w} bulletin` })
    await page.goto(`/search?q=${w}`)
    await expect(status(page)).toContainText('25 articles match')
    await expect(status(page)).toContainText('page 1 of 3')
    await expect(results(page)).toHaveCount(10)
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Page 2' }).click()
    await expect(page).toHaveURL(`/search?q=${w}&page=2`)
    await expect(results(page)).toHaveCount(10)
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next' }).click()
    await expect(page).toHaveURL(`/search?q=${w}&page=3`)
    await expect(results(page)).toHaveCount(5)
    await expect(page.getByRole('searchbox', { name: 'Search the archive' })).toHaveValue(w)
    // Results run by relevance, not date: the way back says "Previous", not "Newer".
    await expect(page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Previous' })).toHaveAttribute('href', `/search?q=${w}&page=2`)
    // A query that is one quoted phrase is echoed in one pair of quotation marks.
    await page.goto(`/search?q=${encodeURIComponent(`"${w} bulletin"`)}`)
    await expect(status(page)).toContainText(`match “${w} bulletin”`)
    // Past the last page is a real 404, as are page values that are not page numbers.
    const past = await page.goto(`/search?q=${w}&page=4`)
    expect(past?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/can.t find that page/)
    for (const bad of ['0', '01', 'two', '-1']) expect((await page.goto(`/search?q=${w}&page=${bad}`))?.status(), bad).toBe(404)
  })

  test('a later page of a search is kept by the server and may be kept by a shared cache, reads the same however the words were spaced, and shows a newly published piece at once', async ({ page, request }) => {
    const w = word()
    await createArticles(11, { prefix: `Bulletin ${w}`, body: `The ${w} bulletin` })
    const first = await request.get(`/search?q=${w}&page=2`)
    expect(first.status()).toBe(200)
    expect(first.headers()['cache-control']).toMatch(/^s-maxage=\d+/)
    const headlines = (html: string) => [...html.matchAll(/<a href="\/article\/([^"]+)"/g)].map((m) => m[1])
    const onFirst = headlines(await first.text())
    expect(onFirst).toHaveLength(1)
    // Asked again, it is answered from the server's memory, byte for byte.
    await expect.poll(async () => (await request.get(`/search?q=${w}&page=2`)).headers()['x-broadside-cache'], { timeout: 10_000 }).toBe('hit')
    const again = await request.get(`/search?q=${w}&page=2`)
    expect(again.headers()['x-broadside-cache']).toBe('hit')
    expect(await again.text()).toBe(await first.text())
    // The same words, spaced differently: the same page.
    const spaced = await request.get(`/search?q=${encodeURIComponent(`  ${w}  `)}&page=2`)
    expect(headlines(await spaced.text())).toEqual(onFirst)
    await page.goto(`/search?q=${w}&page=2`)
    await expect(results(page)).toHaveCount(1)
    await expect(status(page)).toContainText('11 articles match')

    // Published through the dashboard: one more match, so page 2 (read a moment ago) now holds two.
    const headline = `Ballot result ${w} ${unique()}`
    await publishThroughDashboard(page, headline)
    await page.goto(`/search?q=${w}&page=2`)
    await expect(status(page)).toContainText('12 articles match')
    await expect(results(page)).toHaveCount(2)
    const onPageTwo = await results(page).getByRole('heading').allTextContents()
    await page.goto(`/search?q=${w}`)
    expect([...(await results(page).getByRole('heading').allTextContents()), ...onPageTwo]).toContain(headline)
  })

  test('ranks the newest hundred when more match, and says so', async ({ page }) => {
    const w = word()
    await createArticles(130, { prefix: `Dispatch ${w}`, body: `The ${w} dispatch` })
    await page.goto(`/search?q=${w}`)
    await expect(status(page)).toContainText(/(About [\d,]+|More than 100) articles match/)
    await expect(status(page)).toContainText('best matches among the 100 most recent, page 1 of 10')
    await expect(results(page)).toHaveCount(10)
    // Equal matches, so newest first: createArticles numbers them by date.
    await expect(results(page).first().getByRole('heading')).toHaveText(`Dispatch ${w} number 130`)
    await page.goto(`/search?q=${w}&page=10`)
    await expect(results(page).last().getByRole('heading')).toHaveText(`Dispatch ${w} number 31`)
    expect((await page.goto(`/search?q=${w}&page=11`))?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/can.t find that page/)
  })

  test('finds the snippet deep in a long piece', async ({ page }) => {
    const w = word()
    const filler = 'The council met again on Tuesday and the meeting ran late into the evening. '.repeat(80)
    const long = await createArticle({ headline: `Long read ${unique()}`, body: `${filler}Then the tenants began ${w}ing in the square. ${filler}` })
    await page.goto(`/search?q=${w}`)
    await expect(results(page)).toHaveCount(1)
    await expect(results(page).getByRole('heading')).toHaveText(long.headline)
    await expect(results(page).first().locator('mark')).toHaveText(`${w}ing`)
    await expect(results(page).first()).toContainText('tenants began')
  })

  test('answers odd queries with a clear page, never an error', async ({ page }) => {
    const empty = await page.goto('/search')
    expect(empty?.status()).toBe(200)
    await expect(page.getByText('Type a word or phrase to search')).toBeVisible()

    const blank = await page.goto('/search?q=%20%20%20')
    expect(blank?.status()).toBe(200)
    await expect(page.getByText('Type a word or phrase to search')).toBeVisible()

    for (const q of ['?!*&', '"""', '(-)', '—…', '<>', "' OR 1=1 --", 'the and of']) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`)
      expect(response?.status(), q).toBe(200)
      await expect(page.getByRole('heading', { level: 1 }), q).toHaveText('Search')
      await expect(page.getByRole('main'), q).toContainText(/no words we can look for|No articles match/)
    }

    const long = 'solidarity '.repeat(100).slice(0, 1000)
    const longResponse = await page.goto(`/search?q=${encodeURIComponent(long)}`)
    expect(longResponse?.status()).toBe(200)
    await expect(page.getByText('we used only its first 200 characters')).toBeVisible()

    // Characters that mean something in a path stay part of the query.
    const slashed = await createArticle({ headline: `Rent up 40% in 24/7 blocks ${unique()}` })
    for (const q of ['40% 24/7', '24/7 ..', '../24/7', 'rent?page=2#top&q=x']) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`)
      expect(response?.status(), q).toBe(200)
      await expect(page.getByRole('searchbox', { name: 'Search the archive' }), q).toHaveValue(q)
      await expect(page.getByRole('heading', { level: 1 }), q).toHaveText('Search')
    }
    await page.goto(`/search?q=${encodeURIComponent('40% 24/7')}`)
    await expect(results(page).getByRole('heading', { name: slashed.headline })).toBeVisible()
    // A later page (a cached page of its own, its address made from the words) of such a query.
    const w = word()
    await createArticles(11, { prefix: `Open 24/7 ${w}`, body: `The 24/7 ${w} bulletin` })
    const second = await page.goto(`/search?q=${encodeURIComponent(`24/7 ${w}`)}&page=2`)
    expect(second?.status()).toBe(200)
    await expect(results(page)).toHaveCount(1)
    await expect(page.getByRole('searchbox', { name: 'Search the archive' })).toHaveValue(`24/7 ${w}`)
    expect((await page.goto(`/search?q=${encodeURIComponent(`24/7 ${w}`)}&page=3`))?.status()).toBe(404)

    for (const q of ['забастовка', '罢工', 'إضراب', 'απεργία', '😀']) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`)
      expect(response?.status(), q).toBe(200)
      await expect(page.getByRole('heading', { level: 1 }), q).toHaveText('Search')
    }

    const cyrillic = await createArticle({ headline: `Солидарность ${unique()}`, body: 'Рабочие объявили забастовку в понедельник.' })
    await page.goto(`/search?q=${encodeURIComponent('забастовку')}`)
    await expect(results(page).getByRole('heading')).toHaveText(cyrillic.headline)
  })

  test('works with JavaScript switched off', async ({ browser }) => {
    const w = word()
    const article = await createArticle({ headline: `Night shift ${w} ${unique()}` })
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/')
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click()
    await page.getByRole('searchbox', { name: 'Search the archive' }).fill(w)
    await page.getByRole('searchbox', { name: 'Search the archive' }).press('Enter')
    await expect(page).toHaveURL(`/search?q=${w}`)
    await expect(results(page).getByRole('heading')).toHaveText(article.headline)
    await context.close()
  })
})
