// Content-Security-Policy and friends, in one place for next.config.ts (static pages) and proxy.ts (dashboard).

export const EMBED_FRAME_SOURCES = 'https://www.youtube-nocookie.com https://player.vimeo.com'

const isDev = process.env.NODE_ENV === 'development'

/**
 * Public pages are cached and shared by every reader, so they cannot carry a per-request
 * nonce: scripts are limited to this origin (Next's inline bootstrap needs 'unsafe-inline').
 */
export const publicCsp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  `frame-src ${EMBED_FRAME_SOURCES}`,
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ')

/**
 * Cached reader pages go out with no scripts at all (lib/reader-html.mjs), so none may run
 * there: were anything a writer typed ever to slip past sanitising, it still could not run. The
 * development server renders pages with Next's scripts and hot reload, so it keeps the public policy.
 */
export const readerCsp = isDev ? publicCsp : publicCsp.replace(/script-src [^;]+/, "script-src 'none'")

/** Where reader pages live (next.config.ts headers()); 404s under these paths are reader pages too. */
export const READER_PAGE_SOURCES = ['/', '/article/:path*', '/tag/:path*', '/author/:path*', '/section/:path*', '/privacy']

/** The dashboard renders per request, so its scripts must carry this request's nonce. */
export function dashboardCsp(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${EMBED_FRAME_SOURCES}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ')
}

export const commonSecurityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), browsing-topics=()' },
]

export const HSTS = { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }
