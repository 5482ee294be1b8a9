// Server actions are public HTTP endpoints. These helpers take a real form's fields (its
// action reference included) from a page of someone allowed to use it, then post them as
// somebody else, exactly as a hand-made request would; or call an action the way client
// code does, with arguments, by the id the build gave it.
import fs from 'node:fs'
import path from 'node:path'
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

// ---------------------------------------------------------------- actions called with arguments

type ManifestEntry = { filename: string; exportedName: string }

/**
 * Every server action in the build: the exports of 'use server' files under app/, with the
 * id Next gave each. (The same manifest lists 'use cache' functions, which are not actions.)
 */
export function serverActions(): { id: string; file: string; name: string }[] {
  const file = path.join(__dirname, '..', '..', process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json')
  const entries = (JSON.parse(fs.readFileSync(file, 'utf8')) as { node: Record<string, ManifestEntry> }).node
  return Object.entries(entries)
    .filter(([, e]) => e.filename.startsWith('app/') && !e.exportedName.startsWith('$$'))
    .map(([id, e]) => ({ id, file: e.filename, name: e.exportedName }))
}

/** The id of the server action exported under `name` (names are unique across the app). */
export function actionId(name: string): string {
  const found = serverActions().filter((a) => a.name === name)
  expect(found, `exactly one server action is called ${name}`).toHaveLength(1)
  return found[0]!.id
}

/** A FormData argument (a form's fields), as client code passes one to an action. */
export class FormArg {
  constructor(readonly fields: Record<string, string>) {}
}

/**
 * Encodes arguments as React's client does (encodeReply): plain values as a JSON array,
 * sent as text; with a FormData among them, multipart, the array in part "0" and each
 * FormData's fields under the prefix "_<n>_", referred to from the array as "$K<n>".
 */
export function encodeActionArgs(args: unknown[]): { text: string } | { multipart: FormData } {
  const parts = new FormData()
  let next = 1
  const encode = (value: unknown): unknown => {
    if (value instanceof FormArg) {
      const n = next++
      for (const [k, v] of Object.entries(value.fields)) parts.append(`_${n}_${k}`, v)
      return `$K${n.toString(16)}`
    }
    // A string that starts with "$" is escaped, so it cannot pose as a reference.
    if (typeof value === 'string') return value.startsWith('$') ? `$${value}` : value
    if (Array.isArray(value)) return value.map(encode)
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]))
    return value
  }
  const root = JSON.stringify(encode(args))
  // The root goes last, as React sends it: the server reads parts as they stream in.
  parts.append('0', root)
  return next === 1 ? { text: root } : { multipart: parts }
}

/**
 * Calls a server action over HTTP as React does from the page at `pagePath`: a POST with the
 * action's id in Next-Action and the encoded arguments. The answer is React's flight text.
 */
export async function callAction(request: APIRequestContext, origin: string, pagePath: string, id: string, args: unknown[], cookie: string) {
  const body = encodeActionArgs(args)
  const headers = { Origin: origin, Cookie: cookie, 'Next-Action': id, Accept: 'text/x-component' }
  return 'text' in body
    ? request.post(pagePath, { data: body.text, headers: { ...headers, 'Content-Type': 'text/plain;charset=UTF-8' }, maxRedirects: 0 })
    : request.post(pagePath, { multipart: body.multipart, headers, maxRedirects: 0 })
}
