// What lib/route-cache-handler.mjs does to a cached page's HTML before anyone is sent it.
// Plain functions of strings, so they are unit-tested without a server (reader-html.test.ts).
//
// Reader pages go out without JavaScript. Every public page is server-rendered, uses no client
// component of its own and reads in full with JavaScript off (its forms post as plain HTML
// forms); the only scripts on it were Next's: the React and App Router runtime (about 134 KB
// gzip in nine files) and React's payload for hydrating the page, inline, about 52 KB of an
// 83 KB article. All they bought a reader was in-browser navigation between pages that are
// cached whole anyway; they cost every reader the download, the parse and the main-thread
// work (Lighthouse's TBT on a phone), and the server the bytes. So cached reader pages keep
// their markup, styles and JSON-LD, and lose their scripts and the preloads for them. A page
// whose HTML is a shell Next resumes per request (`postponed`) keeps its
// scripts: the rest of it is streamed after them. The dashboard, sign-in and the membership
// forms are not reader pages here and are left as Next renders them. A page that lost its
// scripts is also sent a policy that allows none (NO_SCRIPTS_POLICY).

/** The path a route-cache key is for: Next's keys are `/route-cache/<route hash>/$<path>`. */
export function pagePath(key) {
  const at = key.indexOf('/$/')
  return at === -1 ? key : key.slice(at + 2)
}

// The public pages that are cached whole; each is listed so that a page added later keeps
// Next's scripts until someone decides it needs none.
const READER_PAGE = /^\/(?:index|article\/.+|tag\/.+|author\/.+|section\/.+|search\/shell|privacy|_not-found)?$/

/** Whether a cache entry is a reader page whose HTML is complete (see the top of this file). */
export function isReaderPage(key, value) {
  if (value?.kind !== 'APP_PAGE' || value.postponed || typeof value.html !== 'string') return false
  return value.status === 404 || READER_PAGE.test(pagePath(key))
}

// <script> elements other than JSON-LD data (which no browser runs), and <link>s that fetch
// scripts ahead. React escapes "<" inside the inline scripts it writes, and JSON-LD here is
// written with "<" escaped (lib/structured-data.ts), so the first "</script>" after an opening
// tag is its end.
const SCRIPT = /<script(?=[\s>])(?![^>]*\btype="application\/ld\+json")[^>]*>[\s\S]*?<\/script\s*>/gi
const SCRIPT_PRELOAD = /<link(?=\s)(?=[^>]*(?:\bas="script"|\brel="modulepreload"))[^>]*>/gi

/**
 * A second Content-Security-Policy that goes out with every reader page whose scripts were
 * taken out (browsers enforce it beside the site's public policy): none may run there, so
 * even markup that got past sanitising could not. It travels with the cache entry, not the
 * address, so a page that keeps its scripts (one rendered per request in draft mode, or an
 * error page) is never sent it.
 */
export const NO_SCRIPTS_POLICY = "script-src 'none'"

/** The page's HTML without its scripts and script preloads. */
export function withoutScripts(html) {
  return html.replace(SCRIPT, '').replace(SCRIPT_PRELOAD, '')
}

/** The empty shell Next sends for a page that called notFound(). */
export const isErrorShell = (html) => typeof html === 'string' && html.slice(0, 200).includes('<html id="__next_error__"')
