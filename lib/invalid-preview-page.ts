// What a preview link that does not check out answers, as proxy.ts sends it: a real 404, decided
// before the page renders (the preview page streams, so its own notFound() came after a 200 and,
// without JavaScript, never showed). The same page for every address, so it tells nobody whether
// the piece exists. The preview page says the same to anyone who gets past the proxy without access.
import { escapeHtml } from '@/lib/escape-html'

export const INVALID_PREVIEW_TITLE = 'This preview link is invalid or has expired'
export const INVALID_PREVIEW_ADVICE = 'Ask the editor who shared it with you for a new one.'

/** The page, under the site's name as lib/db-health.ts last read it (null: without it). */
export function invalidPreviewPage(siteName: string | null) {
  const site = siteName ? escapeHtml(siteName) : ''
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>Preview link invalid or expired${site ? ` | ${site}` : ''}</title>
<style>body{font-family:Georgia,'Times New Roman',serif;max-width:38rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a;background:#fbfaf7;line-height:1.6}
h1{font-size:2.2rem;line-height:1.2}a{color:#b3001b}@media (prefers-color-scheme:dark){body{color:#ecebe8;background:#141414}a{color:#ff6b6b}}</style></head>
<body><main>${site ? `<p><strong>${site}</strong></p>` : ''}<h1>${INVALID_PREVIEW_TITLE}</h1>
<p>${INVALID_PREVIEW_ADVICE} Preview links work for seven days, and only exactly as they were sent: a link cut short or changed will not open.</p>
<p>Staff can preview any piece they may open from the dashboard after <a href="/login">signing in</a>.</p>
<p><a href="/">Go to the front page</a></p></main></body></html>`
}
