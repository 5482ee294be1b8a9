import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { query } from './support/db'
import { signIn, staff } from './support/staff'

// Server actions are public HTTP endpoints. These tests take the publish action's form
// fields from an editor's page and replay them as other people, straight over HTTP.

async function publishFormFields(page: Page, articleId: string): Promise<Record<string, string>> {
  await page.goto(`/admin/articles/${articleId}`)
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Publish' }) })
  return form.evaluate((el) => {
    const fields: Record<string, string> = {}
    new FormData(el as HTMLFormElement).forEach((value, key) => (fields[key] = String(value)))
    return fields
  })
}

async function draftState(id: string) {
  const [row] = await query<{ status: string; version: number; publishedAt: Date | null }>(
    `SELECT status, version, "publishedAt" FROM "Article" WHERE id = $1`,
    [id],
  )
  return row
}

async function post(request: APIRequestContext, origin: string, path: string, fields: Record<string, string>, cookie?: string) {
  return request.post(path, { multipart: fields, headers: { Origin: origin, ...(cookie ? { Cookie: cookie } : {}) }, maxRedirects: 0 })
}

/** A draft of this test's own, so publishing it cannot disturb other tests. */
async function createDraft(): Promise<{ id: string; slug: string }> {
  const id = `e2e${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
  const slug = `authorisation-test-${id}`
  await query(
    `INSERT INTO "Article" (id, slug, headline, "bodyJson", "bodyText", "wordCount", "updatedAt") VALUES ($1, $2, 'A draft nobody may publish', '{"type":"doc","content":[]}', 'Words to publish.', 3, now())`,
    [id, slug],
  )
  return { id, slug }
}

test('the publish action refuses a contributor and anyone without a session, leaving the database unchanged', async ({ page, browser, playwright }) => {
  const draft = await createDraft()
  const before = await draftState(draft.id)

  await signIn(page, staff.editor)
  const fields = await publishFormFields(page, draft.id)
  expect(Object.keys(fields).some((k) => k.startsWith('$ACTION_ID_'))).toBe(true)
  const path = `/admin/articles/${draft.id}`

  // A contributor, signed in for real, posts the editor's publish form.
  const contributorContext = await browser.newContext()
  const contributorPage = await contributorContext.newPage()
  await signIn(contributorPage, staff.contributor)
  const contributorCookie = (await contributorContext.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
  const origin = new URL(page.url()).origin
  const request = await playwright.request.newContext({ baseURL: origin })

  const asContributor = await post(request, origin, path, fields, contributorCookie)
  expect(asContributor.status()).toBeLessThan(500)
  expect(asContributor.headers()['location'] ?? '').not.toContain('notice=published')
  expect(await draftState(draft.id)).toEqual(before)

  // No session at all (a forged cookie gets past the proxy's cheap check, not the data layer).
  const anonymous = await post(request, origin, path, fields, 'next-auth.session-token=forged')
  expect(anonymous.status()).toBeLessThan(500)
  expect(anonymous.headers()['location'] ?? '').not.toContain('notice=published')
  expect(await draftState(draft.id)).toEqual(before)

  // The reader still gets a 404 for the draft.
  expect((await request.get(`/article/${draft.slug}`)).status()).toBe(404)

  // And the same form, posted by the editor, does publish: the test above is not vacuous.
  const editorCookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
  const asEditor = await post(request, origin, path, fields, editorCookie)
  expect(asEditor.headers()['location'] ?? '').toContain('notice=published')
  expect((await draftState(draft.id))?.status).toBe('PUBLISHED')

  await request.dispose()
  await contributorContext.close()
})
