import { expect, test } from '@playwright/test'
import { query } from './support/db'
import { sessionCookies, type Who } from './support/replay'
import { signIn, staff } from './support/staff'

// A dashboard page a role may not open answers a real 403 with the explanation, not a
// 200 whose body happens to say no; the pages every role may use still answer 200.

type Role = keyof typeof staff
const everyone: Role[] = ['contributor', 'writer', 'editor', 'admin']
const editors: Role[] = ['editor', 'admin']
const admins: Role[] = ['admin']

test('each dashboard area answers 403 to the roles it is closed to, and 200 to the rest', async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL })
  const cookies: Record<Who, string> = await sessionCookies(request, baseURL!)
  const [tag] = await query<{ id: string }>(`SELECT id FROM "Tag" ORDER BY name LIMIT 1`)
  const [member] = await query<{ id: string }>(`SELECT id FROM "Member" ORDER BY "createdAt" LIMIT 1`)
  const areas: [string, Role[]][] = [
    ['/admin', everyone],
    ['/admin/articles/new', everyone],
    ['/admin/media', everyone],
    ['/admin/account', everyone],
    ['/admin/review', editors],
    ['/admin/tags', editors],
    [`/admin/tags/${tag!.id}`, editors],
    [`/admin/tags/${tag!.id}/delete`, editors],
    ['/admin/sections', editors],
    ['/admin/authors', editors],
    // Members' details and the outbox (every confirmation and staff invitation link) are for administrators.
    ['/admin/members', admins],
    ['/admin/members/sources', admins],
    ['/admin/outbox', admins],
    ['/admin/members/tiers', admins],
    ['/admin/staff', admins],
    ['/admin/settings', admins],
    ['/admin/audit', admins],
  ]
  if (member) areas.push([`/admin/members/${member.id}`, admins])

  for (const [path, allowed] of areas) {
    for (const role of everyone) {
      const res = await request.get(path, { headers: { Cookie: cookies[role] }, maxRedirects: 0 })
      const body = await res.text()
      if (allowed.includes(role)) {
        expect(res.status(), `${role} opens ${path}`).toBe(200)
      } else {
        expect(res.status(), `${role} is refused ${path}`).toBe(403)
        expect(body, `${role} at ${path} is told why`).toContain('This part of the dashboard is not open to your role')
        expect(res.headers()['cache-control']).toBe('private, no-store')
        expect(body, 'no table of the area leaks into the refusal').not.toContain('<table')
      }
    }
  }
  await request.dispose()
})

test('a contributor who types a closed address sees the 403 explanation and a way back', async ({ page }) => {
  await signIn(page, staff.contributor)
  for (const path of ['/admin/staff', '/admin/tags', '/admin/members']) {
    const res = await page.goto(path)
    expect(res?.status(), path).toBe(403)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This part of the dashboard is not open to your role')
    await expect(page.getByText(/signed in as .+ \(Contributor\)/)).toBeVisible()
    await expect(page.getByRole('table')).toHaveCount(0)
  }
  await page.getByRole('link', { name: 'Back to articles' }).click()
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible()
})

// The dashboard streams, so a refusal that depends on the piece (rather than the address)
// arrives after the status line: the page says no, with the dashboard around it.
test('a contributor who opens another writer’s piece, or its history, is told it is not theirs, not shown an error', async ({ page }) => {
  const [other] = await query<{ id: string }>(
    `SELECT a.id FROM "Article" a, "User" u
      WHERE u.email = $1 AND a."createdById" IS DISTINCT FROM u.id
        AND NOT EXISTS (SELECT 1 FROM "ArticleAuthor" x JOIN "Author" au ON au.id = x."authorId" WHERE x."articleId" = a.id AND au."userId" = u.id)
      ORDER BY a."createdAt" LIMIT 1`,
    [staff.contributor],
  )
  await signIn(page, staff.contributor)
  for (const path of [`/admin/articles/${other!.id}`, `/admin/articles/${other!.id}/history`]) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('This part of the dashboard is not open to your role')
    await expect(page.getByText('could not be loaded')).toHaveCount(0)
    await expect(page.getByRole('textbox')).toHaveCount(0)
  }
  // A piece that does not exist is not found, not an error either.
  for (const path of ['/admin/articles/no-such-article', '/admin/articles/no-such-article/history']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Not found')
    await expect(page.getByText('could not be loaded')).toHaveCount(0)
  }
})
