import { NextResponse, type NextRequest } from 'next/server'
import { getToken, type JWT } from 'next-auth/jwt'
import type { Role } from '@/lib/generated/prisma/enums'
import { forbiddenPage } from '@/lib/forbidden-page'
import { mayOpenDashboardPath, roleLabel } from '@/lib/permissions'
import { databaseIsHealthy, lastKnownSiteName, unavailablePage } from '@/lib/db-health'
import { invalidPreviewPage } from '@/lib/invalid-preview-page'
import { refusedInviteLink, SET_PASSWORD_PAGE } from '@/lib/invite-link-check'
import { isMembershipLinkPage, refusedMembershipLink } from '@/lib/membership/link-check'
import { plainPageHtml } from '@/lib/plain-page'
import { rowExists } from '@/lib/proxy-db'
import { OPEN_SESSION_SQL } from '@/lib/open-session'
import { decodeSessionToken } from '@/lib/session-token'
import { verifyPreviewToken } from '@/lib/preview-token'
import { commonSecurityHeaders, dashboardCsp, publicCsp } from '@/lib/security-headers'

// Runs only for pages rendered per request (cached reading pages never reach it; nor does
// /search, a route handler that answers an outage itself). Jobs:
// 1. while the database is down, answer a designed 503 rather than a failed render;
// 2. bounce dashboard and preview visitors with no session cookie (and, for a preview, no share
//    token) to sign-in (a convenience: the real check happens in lib/data on every read and write),
//    and answer a share link that does not check out, for a visitor with no session, with a real
//    404 saying so (the preview page streams: its own refusal would come after a 200); so too a
//    membership link (unsubscribe, delete my data, confirm) or a staff invitation link
//    (/set-password) that leads nowhere;
// 3. give the dashboard a per-request CSP nonce, which Next applies to its scripts;
// 4. answer a real 403 when the session's role may not open that part of the dashboard:
//    the dashboard streams, so a page's own forbidden() comes after a 200 has gone out;
// 5. answer an address with broken percent-encoding (/article/%c0) with the site's 404 page:
//    Next cannot decode it into the route's parameters and answers a bare "Internal Server
//    Error". Addresses with no % never run this proxy for it (see the matcher).
export async function proxy(request: NextRequest) {
  if (!decodes(request.nextUrl.pathname)) return NextResponse.rewrite(new URL(UNMATCHED, request.url))
  // Seen only for its %: a cached page, a route handler or a file goes on as if never stopped here.
  if (!RENDERED_PER_REQUEST.test(request.nextUrl.pathname)) return NextResponse.next()
  const isDashboard = request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/')
  if (!(await databaseIsHealthy(process.env.DATABASE_URL))) {
    return new NextResponse(unavailablePage(lastKnownSiteName()), {
      status: 503,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '30', 'Cache-Control': 'no-store', 'Content-Security-Policy': publicCsp },
    })
  }
  if (request.method === 'GET' || request.method === 'HEAD') {
    const notice = isMembershipLinkPage(request.nextUrl.pathname)
      ? await refusedMembershipLink(request.nextUrl, { secret: process.env.NEXTAUTH_SECRET, databaseUrl: process.env.DATABASE_URL })
      : request.nextUrl.pathname === SET_PASSWORD_PAGE
        ? await refusedInviteLink(request.nextUrl, process.env.DATABASE_URL)
        : null
    if (notice) return notFoundPage(plainPageHtml({ siteName: lastKnownSiteName(), title: notice.title, paragraphs: [notice.text], links: [notice.link] }))
  }
  const secureCookie = request.cookies.has('__Secure-next-auth.session-token')
  const hasSession = secureCookie || request.cookies.has('next-auth.session-token')
  // A preview is for staff, or for whoever holds its share link (a token the page checks again).
  if (request.nextUrl.pathname.startsWith('/preview/') && !hasSession) {
    if (!request.nextUrl.searchParams.has('token')) return NextResponse.redirect(new URL('/login', request.url))
    if (!validShareLink(request.nextUrl)) return notFoundPage(invalidPreviewPage(lastKnownSiteName()))
  }
  if (!isDashboard) return NextResponse.next()
  if (!hasSession) {
    // A server action posted after the session ended (an editor saving after their cookie
    // expired) goes on to the action, which refuses it (lib/data) and says so beside the kept
    // text; a redirect here would reach the page as an unreadable answer ("could not reach").
    if (request.method === 'POST' && request.headers.has('next-action')) return NextResponse.next()
    return NextResponse.redirect(new URL('/login', request.url))
  }

  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET, secureCookie, decode: decodeSessionToken }).catch(() => null)
  const reading = request.method === 'GET' || request.method === 'HEAD'
  // A session that has ended (signed out, deactivated, password or role changed) is sent to
  // sign in with a real redirect; the page would refuse it too, but only after a 200 went out.
  if (reading && (await sessionEnded(token))) return NextResponse.redirect(new URL('/login', request.url))

  const nonce = btoa(crypto.randomUUID())
  const csp = dashboardCsp(nonce)
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', csp)
  const refused = reading ? refusedRole(request, token) : null
  const response = refused
    ? new NextResponse(forbiddenPage(refused, lastKnownSiteName()), { status: 403, headers: { 'Content-Type': 'text/html; charset=utf-8' } })
    : NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', csp)
  response.headers.set('X-Frame-Options', 'DENY')
  response.headers.set('Cache-Control', 'private, no-store')
  for (const { key, value } of commonSecurityHeaders) response.headers.set(key, value)
  return response
}

/** One token, signed for this article and unexpired: checked by signature alone, so a refusal says nothing about the piece. */
function validShareLink(url: URL): boolean {
  const id = /^\/preview\/([^/]+)$/.exec(url.pathname)?.[1]
  const tokens = url.searchParams.getAll('token')
  return Boolean(id) && tokens.length === 1 && verifyPreviewToken(process.env.NEXTAUTH_SECRET, decodeURIComponent(id!), tokens[0]!)
}

/** A real 404 with a page of the proxy's own, for a link that does not check out. */
function notFoundPage(html: string) {
  const response = new NextResponse(html, {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store', 'Content-Security-Policy': publicCsp, 'X-Robots-Tag': 'noindex' },
  })
  for (const { key, value } of commonSecurityHeaders) response.headers.set(key, value)
  return response
}

/** The paths of the matcher's first entries: those this proxy is for, beyond the check of 5. */
const RENDERED_PER_REQUEST = /^\/(join|newsletter|set-password)$|^\/(admin|membership|preview)(\/|$)/

/** A path nothing answers, so Next serves its own not-found page, with a 404. */
const UNMATCHED = '/_malformed-address'

function decodes(pathname: string) {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

type SessionToken = JWT | null

/**
 * Whether the session cookie no longer opens the dashboard: it does not decode (forged,
 * expired), it predates sessions having ids, or the database says the session ended, the
 * account was deactivated or its sessionVersion moved on (what getActor checks, lib/auth.ts).
 * When the database cannot be asked, the page decides, as it does anyway.
 */
async function sessionEnded(token: SessionToken): Promise<boolean> {
  if (!token || typeof token.sub !== 'string' || typeof token.sid !== 'string') return true
  if (!process.env.DATABASE_URL) return false
  const open = await rowExists(
    process.env.DATABASE_URL,
    OPEN_SESSION_SQL,
    token.sub,
    typeof token.sv === 'number' ? token.sv : -1,
    token.sid,
  )
  return open === false
}

/**
 * Who is refused, when the session's role may not open the page asked for (GET and HEAD:
 * server actions are answered by lib/data, whatever page they are posted to). The role in the
 * token is current while the session is (a role change ends the session), and pages re-check
 * against the database, so this can refuse early but never grant anything.
 */
function refusedRole(request: NextRequest, token: SessionToken): { role: Role; name?: string } | null {
  const role = typeof token?.role === 'string' && token.role in roleLabel ? (token.role as Role) : null
  if (!role || mayOpenDashboardPath(role, request.nextUrl.pathname)) return null
  return { role, name: typeof token?.name === 'string' ? token.name : undefined }
}

// Pages that render per request. Route handlers and cached pages are not listed, except that
// any address with a % in it comes here to be checked (5): few do, and those are cheap.
export const config = {
  matcher: ['/admin', '/admin/:path*', '/join', '/newsletter', '/membership/:path*', '/set-password', '/preview/:path*', '/((?!_next/).*%.*)'],
}
