import { NextResponse, type NextRequest } from 'next/server'
import { databaseIsHealthy, unavailablePage } from '@/lib/db-health'
import { commonSecurityHeaders, dashboardCsp, publicCsp } from '@/lib/security-headers'

// Runs only for pages rendered per request (cached reading pages never reach it). Jobs:
// 1. while the database is down, answer a designed 503 rather than a failed render;
// 2. bounce dashboard visitors with no session cookie to sign-in (a convenience: the real
//    check happens in lib/data on every read and write);
// 3. give the dashboard a per-request CSP nonce, which Next applies to its scripts.
export async function proxy(request: NextRequest) {
  const isDashboard = request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/')
  if (!(await databaseIsHealthy(process.env.DATABASE_URL))) {
    return new NextResponse(unavailablePage, {
      status: 503,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '30', 'Cache-Control': 'no-store', 'Content-Security-Policy': publicCsp },
    })
  }
  if (!isDashboard) return NextResponse.next()

  const hasSession = request.cookies.has('next-auth.session-token') || request.cookies.has('__Secure-next-auth.session-token')
  if (!hasSession) return NextResponse.redirect(new URL('/login', request.url))

  const nonce = btoa(crypto.randomUUID())
  const csp = dashboardCsp(nonce)
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', csp)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', csp)
  response.headers.set('X-Frame-Options', 'DENY')
  response.headers.set('Cache-Control', 'private, no-store')
  for (const { key, value } of commonSecurityHeaders) response.headers.set(key, value)
  return response
}

// Pages that render per request. Route handlers and cached pages are not listed.
export const config = {
  matcher: ['/admin', '/admin/:path*', '/search', '/join', '/newsletter', '/membership/:path*', '/set-password', '/preview/:path*'],
}
