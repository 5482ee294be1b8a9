import { expect, test, type APIRequestContext } from '@playwright/test'
import { internalSecret } from '../lib/internal-secret'
import { createArticle, createAuthor, createTag } from './support/content'
import { query } from './support/db'
import { signIn, staff, unique } from './support/staff'

// server.mjs answers a page Next has served from its cache from memory (lib/hit-cache.mjs).
// These tests hold it to Next: what a reader gets from memory is what Next would send, it
// changes the moment the page does, and nothing that may differ per request comes from it.

const fromMemory = async (request: APIRequestContext, address: string, headers: Record<string, string> = {}) =>
  (await request.get(address, { headers })).headers()['x-broadside-cache'] === 'hit'

/** Asks for the page until the server answers it from memory (Next renders it, then serves its cached copy, which is kept). */
async function keptInMemory(request: APIRequestContext, address: string) {
  await expect.poll(() => fromMemory(request, address), { timeout: 10_000 }).toBe(true)
}

test('a page answered from memory is the page Next serves, headers and bytes, plain or gzipped', async ({ request }) => {
  const headline = `From memory — “fair rents”, café ✊ ${unique()}`
  const article = await createArticle({ headline })
  const address = `/article/${article.slug}`
  await keptInMemory(request, address)

  const identity = { 'accept-encoding': 'identity' }
  // A query the hit cache does not know goes to Next, which answers from its own cache.
  const next = await request.get(`${address}?via=next`, { headers: identity })
  const memory = await request.get(address, { headers: identity })
  expect(next.headers()['x-nextjs-cache']).toBe('HIT')
  expect(next.headers()['x-broadside-cache']).toBeUndefined()
  expect(memory.headers()['x-broadside-cache']).toBe('hit')
  expect((await memory.body()).equals(await next.body())).toBe(true)
  expect(await memory.text()).toContain(headline)
  expect(memory.headers()['content-length']).toBe(String((await memory.body()).length))
  for (const name of ['content-type', 'cache-control', 'content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'link', 'vary'])
    expect(memory.headers()[name], name).toBe(next.headers()[name])

  const gzipped = await request.get(address, { headers: { 'accept-encoding': 'gzip' } })
  expect(gzipped.headers()['x-broadside-cache']).toBe('hit')
  expect(gzipped.headers()['content-encoding']).toBe('gzip')
  expect(Number(gzipped.headers()['content-length'])).toBeLessThan((await memory.body()).length / 2)
  expect(await gzipped.text()).toBe(await memory.text())

  // A link shared with tracking added is the same page, from memory.
  expect(await fromMemory(request, `${address}?utm_source=mastodon&utm_medium=social`)).toBe(true)
})

test('an edit saved in the dashboard reaches the next reader at once, and an unpublished piece is gone at once', async ({ page, request }) => {
  const article = await createArticle({ headline: `Depot strike ${unique()}`, standfirst: 'As first published.' })
  const address = `/article/${article.slug}`
  await keptInMemory(request, address)

  await signIn(page, staff.editor)
  await page.goto(`/admin/articles/${article.id}`)
  await expect(page.getByRole('textbox', { name: 'Body', exact: true })).toBeVisible()
  const standfirst = `Drivers walk out at dawn ${unique()}.`
  await page.getByRole('textbox', { name: 'Standfirst' }).fill(standfirst)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

  // No waiting: the copy in memory went when the save expired the page.
  const after = await request.get(address)
  expect(after.headers()['x-broadside-cache']).toBeUndefined()
  expect(await after.text()).toContain(standfirst)
  await keptInMemory(request, address)
  expect(await (await request.get(address)).text()).toContain(standfirst)

  await page.getByRole('button', { name: 'Unpublish' }).click()
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Unpublished' })).toBeVisible()
  expect((await request.get(address)).status()).toBe(404)
})

test('a listing kept in memory gains a newly published piece at once', async ({ request }) => {
  const tag = await createTag(`Hit cache ${unique()}`)
  const address = `/tag/${tag.slug}`
  await createArticle({ headline: `First on the tag ${unique()}`, tagIds: [tag.id] })
  await keptInMemory(request, address)
  // Written straight to the database, so nothing has expired yet: memory still has the old list.
  // Then the tag expires through the endpoint another instance's notice calls (lib/cache-listener.ts).
  const second = await createArticle({ headline: `Second on the tag ${unique()}`, tagIds: [tag.id] })
  expect(await (await request.get(address)).text()).not.toContain(second.headline)
  const res = await request.post('/api/internal/revalidate', { data: { tags: [`tag:${tag.id}`] }, headers: { authorization: `Bearer ${internalSecret(process.env.NEXTAUTH_SECRET)}` } })
  expect(res.ok()).toBe(true)
  const now = await request.get(address)
  expect(now.headers()['x-broadside-cache']).toBeUndefined()
  expect(await now.text()).toContain(second.headline)
})

test('what may differ per request never comes from memory: React payloads, listing pages, draft previews', async ({ request }) => {
  const article = await createArticle({ headline: `Per request ${unique()}` })
  const address = `/article/${article.slug}`
  await keptInMemory(request, address)

  // In-browser navigation asks the same address for React's payload, not HTML.
  const payload = await request.get(address, { headers: { rsc: '1' } })
  expect(payload.status()).toBe(200)
  expect(payload.headers()['content-type']).toContain('text/x-component')
  expect(payload.headers()['x-broadside-cache']).toBeUndefined()

  // ?page=2 is another page of a listing (next.config.ts rewrites it), whatever is kept for page 1.
  const tag = await createTag(`Per request ${unique()}`)
  await createArticle({ headline: `Only one ${unique()}`, tagIds: [tag.id] })
  await keptInMemory(request, `/tag/${tag.slug}`)
  const pageTwo = await request.get(`/tag/${tag.slug}?page=2`)
  expect(pageTwo.status()).toBe(404)
  expect(pageTwo.headers()['x-broadside-cache']).toBeUndefined()

  // Draft mode (a staff preview) renders per request.
  expect(await fromMemory(request, address, { cookie: '__prerender_bypass=preview' })).toBe(false)
})

test('a search answered from memory is what the search sent, and a renamed byline shows in it at once', async ({ request }) => {
  const word = `memo${unique().replace(/[^a-z0-9]/gi, '').toLowerCase()}`
  const author = await createAuthor(`Rosa Hale ${unique()}`)
  await createArticle({ headline: `Depot ${word} vote`, authorIds: [author.id] })
  const address = `/search?q=${word}`
  // Just after the site's chrome changed (a section renamed, say), the search's shell is rendered
  // anew for the first search to ask for it: that search's answer is kept all the same.
  const expired = await request.post('/api/internal/revalidate', { data: { tags: ['sections'] }, headers: { authorization: `Bearer ${internalSecret(process.env.NEXTAUTH_SECRET)}` } })
  expect(expired.ok()).toBe(true)
  const first = await request.get(address, { headers: { 'accept-encoding': 'identity' } })
  expect(first.headers()['x-broadside-cache']).toBeUndefined()
  expect(await first.text()).toContain(author.name)
  const memory = await request.get(address, { headers: { 'accept-encoding': 'identity' } })
  expect(memory.headers()['x-broadside-cache']).toBe('hit')
  expect((await memory.body()).equals(await first.body())).toBe(true)
  for (const name of ['content-type', 'cache-control', 'content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'link'])
    expect(memory.headers()[name], name).toBe(first.headers()[name])
  // Another search is another answer, never this one.
  expect(await (await request.get(`${address}+strike`)).text()).not.toContain(author.name)

  // Renamed straight in the database, then expired as a rename in the dashboard would be.
  const renamed = `Rosa Hale-Okafor ${unique()}`
  await query(`UPDATE "Author" SET name = $1 WHERE id = $2`, [renamed, author.id])
  expect(await (await request.get(address)).text()).toContain(author.name)
  const res = await request.post('/api/internal/revalidate', { data: { tags: [`author:${author.id}`] }, headers: { authorization: `Bearer ${internalSecret(process.env.NEXTAUTH_SECRET)}` } })
  expect(res.ok()).toBe(true)
  const now = await request.get(address)
  expect(now.headers()['x-broadside-cache']).toBeUndefined()
  expect(await now.text()).toContain(renamed)
})
