// Server actions are public HTTP endpoints. These helpers take a real form's fields (its
// action reference included) from a page of someone allowed to use it, then post them as
// somebody else, exactly as a hand-made request would.
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { postCredentials } from './auth-http'
import { STAFF_PASSWORD, staff } from './staff'

export type Who = keyof typeof staff | 'anonymous'

export async function formFields(form: Locator): Promise<Record<string, string>> {
  await expect(form).toHaveCount(1)
  return form.evaluate((el) => {
    const fields: Record<string, string> = {}
    new FormData(el as HTMLFormElement).forEach((value, key) => (fields[key] = String(value)))
    return fields
  })
}

/** The form on `page` that holds the named submit button. */
export const formWithButton = (page: Page, name: string | RegExp, scope?: Locator) =>
  (scope ?? page.locator('main')).locator('form').filter({ has: page.getByRole('button', { name, exact: typeof name === 'string' }) })

/** Session cookies for each demo role, signed in over HTTP from addresses of their own. */
export async function sessionCookies(request: APIRequestContext, baseURL: string): Promise<Record<Who, string>> {
  const out = { anonymous: 'next-auth.session-token=forged-or-expired' } as Record<Who, string>
  let n = 10
  for (const [role, email] of Object.entries(staff) as [keyof typeof staff, string][]) {
    const res = await postCredentials(request, email, STAFF_PASSWORD, `192.0.2.${n++}`)
    expect(res.status(), `sign-in as ${role}`).toBe(200)
    out[role] = res
      .headersArray()
      .filter((h) => h.name.toLowerCase() === 'set-cookie')
      .map((h) => h.value.split(';')[0])
      .join('; ')
    expect(out[role], role).toContain('session-token')
  }
  void baseURL
  return out
}

export async function replay(request: APIRequestContext, origin: string, path: string, fields: Record<string, string>, cookie: string) {
  return request.post(path, { multipart: fields, headers: { Origin: origin, Cookie: cookie }, maxRedirects: 0 })
}
