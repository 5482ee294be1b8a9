import 'server-only'
// Responses of the public membership route handlers: real status codes, plain HTML where a
// page must be sent directly (the 429), and redirects that work without JavaScript.
import { env } from '@/lib/env'
import { getSiteSettings } from '@/lib/data/settings'
import { FLASH_COOKIE, flashCookie, type Flash } from '@/lib/form-security'
import { plainPageHtml } from '@/lib/plain-page'

const noStore = { 'Cache-Control': 'no-store' }

/** 303 See Other: the browser follows with a GET, so a reload never resends the form. */
export function seeOther(location: string, options: { flash?: Flash; clearFlash?: boolean } = {}) {
  const headers = new Headers({ Location: location, ...noStore })
  if (options.flash) {
    const c = flashCookie(options.flash)
    headers.append(
      'Set-Cookie',
      `${c.name}=${c.value}; Path=${c.path}; Max-Age=${c.maxAge}; HttpOnly; SameSite=Lax${c.secure ? '; Secure' : ''}`,
    )
  } else if (options.clearFlash) {
    headers.append('Set-Cookie', `${FLASH_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`)
  }
  return new Response(null, { status: 303, headers })
}

/** A self-contained page for answers that are not a redirect (429, 400), under the site's name. */
export async function plainPage(status: number, title: string, paragraphs: string[], links: { href: string; label: string }[], headers: Record<string, string> = {}) {
  const { siteName } = await getSiteSettings()
  const body = plainPageHtml({ siteName, title, paragraphs, links })
  return new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...noStore, ...headers } })
}

export function tooManySignups(retryAfterSeconds: number, back: { href: string; label: string }) {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return plainPage(
    429,
    'Too many sign-ups for now',
    [
      'Thank you for your enthusiasm! We have had several sign-ups from this address or this connection in the last hour, so we have paused new ones for a little while to protect people from unwanted email.',
      `Please try again in about ${minutes === 1 ? 'a minute' : `${minutes} minutes`}. If you already signed up, check your inbox (and spam folder) for our confirmation email.`,
    ],
    [back, { href: '/', label: 'Back to the front page' }],
    { 'Retry-After': String(retryAfterSeconds) },
  )
}

export const siteUrl = (path: string) => `${env.SITE_URL}${path}`
