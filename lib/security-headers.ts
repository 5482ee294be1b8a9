// Content-Security-Policy and friends, in one place for next.config.ts (static pages) and proxy.ts (dashboard).

export const EMBED_FRAME_SOURCES = 'https://www.youtube-nocookie.com https://player.vimeo.com'

const isDev = process.env.NODE_ENV === 'development'

/**
 * Public pages are cached and shared by every reader, so they cannot carry a per-request
 * nonce: scripts are limited to this origin (Next's inline bootstrap needs 'unsafe-inline').
 * Cached reader pages, which go out with no scripts, also carry a second policy of their own
 * that allows none (lib/reader-html.mjs, NO_SCRIPTS_POLICY); browsers enforce both.
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
