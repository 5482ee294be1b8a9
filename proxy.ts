import { NextResponse, type NextRequest } from 'next/server'
import { commonSecurityHeaders, dashboardCsp } from '@/lib/security-headers'

// Runs for the dashboard only. Two jobs:
// 1. a cheap convenience: visitors with no session cookie go to the sign-in page before any
//    rendering (the real check happens in lib/data on every read and write);
// 2. a per-request nonce for the dashboard's Content-Security-Policy, which Next applies to its scripts.
export function proxy(request: NextRequest) {
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

export const config = { matcher: ['/admin', '/admin/:path*'] }
