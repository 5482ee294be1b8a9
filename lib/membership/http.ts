import 'server-only'
// Responses of the public membership route handlers: real status codes, plain HTML where a
// page must be sent directly (the 429), and redirects that work without JavaScript.
import { env } from '@/lib/env'
import { FLASH_COOKIE, flashCookie, type Flash } from '@/lib/form-security'
import { escapeHtml } from '@/lib/escape-html'

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

/** A self-contained page for answers that are not a redirect (429, 400). */
export function plainPage(status: number, title: string, paragraphs: string[], links: { href: string; label: string }[], headers: Record<string, string> = {}) {
  const body = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(title)} | Broadside</title>
<style>body{margin:0;background:#fbfaf7;color:#1a1a1a;font:18px/1.6 Georgia,serif}main{max-width:36rem;margin:0 auto;padding:3rem 1rem}
h1{font-size:2rem;line-height:1.2}a{color:#b3001b;font-weight:bold}.home{font:900 1.5rem Georgia,serif;color:#1a1a1a;text-decoration:none}
@media (prefers-color-scheme:dark){body{background:#141414;color:#ecebe8}.home{color:#ecebe8}a{color:#ff6b6b}}</style></head>
<body><main id="main"><a class="home" href="/">Broadside</a><h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p>${links.map((l) => `<a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a>`).join(' · ')}</p></main></body></html>`
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
