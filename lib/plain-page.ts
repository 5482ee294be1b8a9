// A self-contained HTML page, for answers that cannot be one of the site's React pages: the
// membership route handlers' 400s and 429s, and the membership links proxy.ts refuses before
// any page renders. Pure (no 'server-only'), so the proxy can use it; the caller passes the
// site's name (null when it could not be read: the page then goes without it).
import { escapeHtml } from '@/lib/escape-html'

export type PlainPageContent = {
  siteName: string | null
  title: string
  paragraphs: string[]
  links: { href: string; label: string }[]
}

export function plainPageHtml({ siteName, title, paragraphs, links }: PlainPageContent): string {
  const name = siteName ? escapeHtml(siteName) : ''
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(title)}${name ? ` | ${name}` : ''}</title>
<style>body{margin:0;background:#fbfaf7;color:#1a1a1a;font:18px/1.6 Georgia,serif}main{max-width:36rem;margin:0 auto;padding:3rem 1rem}
h1{font-size:2rem;line-height:1.2}a{color:#b3001b;font-weight:bold}.home{font:900 1.5rem Georgia,serif;color:#1a1a1a;text-decoration:none}
@media (prefers-color-scheme:dark){body{background:#141414;color:#ecebe8}.home{color:#ecebe8}a{color:#ff6b6b}}</style></head>
<body><main id="main">${name ? `<a class="home" href="/">${name}</a>` : ''}<h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p>${links.map((l) => `<a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a>`).join(' · ')}</p></main></body></html>`
}
