import { NextResponse, type NextRequest } from 'next/server'

// A cheap convenience: visitors with no session cookie are sent to the sign-in page
// before any rendering. The real check happens in lib/data on every read and write.
export function proxy(request: NextRequest) {
  const hasSession = request.cookies.has('next-auth.session-token') || request.cookies.has('__Secure-next-auth.session-token')
  if (!hasSession) {
    const url = new URL('/login', request.url)
    return NextResponse.redirect(url)
  }
  return NextResponse.next()
}

export const config = { matcher: ['/admin', '/admin/:path*'] }
