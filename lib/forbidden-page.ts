// The dashboard's 403, as the proxy sends it. The dashboard streams, so by the time a page's
// own forbidden() runs its status line has gone out as 200; the proxy knows the session's role
// first and answers with a real 403 and this page (app/(admin)/admin/forbidden.tsx says the same).
import { escapeHtml } from '@/lib/escape-html'
import { roleLabel, type RoleHolder } from '@/lib/permissions'

/** `siteName` as lib/db-health.ts last read it (null: the page goes without it). */
export function forbiddenPage(who: RoleHolder & { name?: string }, siteName: string | null): string {
  const site = siteName ? escapeHtml(siteName) : ''
  const signedInAs = who.name ? `${escapeHtml(who.name)} (${roleLabel[who.role]})` : roleLabel[who.role]
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Not open to your role · ${site ? `${site} dashboard` : 'Dashboard'}</title>
<style>body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:38rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a;background:#fbfaf7;line-height:1.6}
h1{font-size:1.6rem;line-height:1.2}.code{color:#b3001b;font-weight:700;font-size:.85rem;letter-spacing:.05em;text-transform:uppercase}a{color:inherit;font-weight:600}
@media (prefers-color-scheme:dark){body{color:#ecebe8;background:#141414}.code{color:#ff6b6b}}</style></head>
<body><main>${site ? `<p><strong>${site}</strong></p>` : ''}<p class="code">Error 403</p>
<h1>This part of the dashboard is not open to your role</h1>
<p>You are signed in as ${signedInAs}. If you need it for your work, ask an administrator.</p>
<p><a href="/admin">Back to articles</a></p></main></body></html>`
}
