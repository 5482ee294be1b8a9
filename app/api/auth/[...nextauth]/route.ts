import NextAuth from 'next-auth'
import { authOptions, getActor } from '@/lib/auth'
import { env } from '@/lib/env'
import { getSigner } from '@/lib/form-security'
import { attemptSource, checkLoginAllowed, recordLoginThrottled } from '@/lib/data/login-throttle'
import { DEVICE_COOKIE, DEVICE_MAX_AGE_SECONDS, deviceCookieValue } from '@/lib/login-device'

const handler = NextAuth(authOptions)

type Context = { params: Promise<{ nextauth: string[] }> }

/**
 * next-auth's own session endpoint reads only the cookie's signature and expiry, so it would
 * still name someone whose session ended (signed out, deactivated, password or role changed).
 * It answers as the dashboard does (getActor): an ended session gets the empty answer, as if
 * there were no cookie, and its cookie is not renewed.
 */
export async function GET(request: Request, context: Context) {
  const { nextauth } = await context.params
  if (nextauth.join('/') === 'session' && !(await getActor())) return Response.json({}, { headers: { 'Cache-Control': 'private, no-store' } })
  return handler(request, context)
}

/**
 * Sign-in attempts for an account held back from this source get a real 429 with Retry-After;
 * a successful one also marks the browser as one this account has used (lib/login-device.ts).
 */
export async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params
  if (nextauth.join('/') !== 'callback/credentials') return handler(request, context)
  const form = await request.clone().formData().catch(() => null)
  const email = String(form?.get('email') ?? '').slice(0, 320)
  if (email) {
    const source = attemptSource(request.headers, email)
    const state = await checkLoginAllowed(email, source)
    if (!state.allowed) {
      await recordLoginThrottled(email, source.ip)
      const minutes = Math.ceil(state.retryAfterSeconds / 60)
      const message = `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
      const url = new URL(`/login?error=${encodeURIComponent(message)}`, request.url)
      return Response.json({ url: url.toString(), error: message }, { status: 429, headers: { 'Retry-After': String(state.retryAfterSeconds) } })
    }
  }
  const response: Response = await handler(request, context)
  const signedIn = response.headers.getSetCookie().some((cookie) => /^(__Secure-)?next-auth\.session-token=[^;]/.test(cookie))
  if (!signedIn || !email) return response
  const headers = new Headers(response.headers)
  const secure = env.SITE_URL.startsWith('https://') ? '; Secure' : ''
  headers.append('Set-Cookie', `${DEVICE_COOKIE}=${deviceCookieValue(getSigner(), email)}; Path=/api/auth; Max-Age=${DEVICE_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}
