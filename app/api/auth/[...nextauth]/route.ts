import NextAuth from 'next-auth'
import { authOptions } from '@/lib/auth'
import { requestIp } from '@/lib/request-ip'
import { checkLoginAllowed, recordLoginThrottled } from '@/lib/data/login-throttle'

const handler = NextAuth(authOptions)

type Context = { params: Promise<{ nextauth: string[] }> }

export const GET = (request: Request, context: Context) => handler(request, context)

/** Sign-in attempts for an account held back at this IP get a real 429 with Retry-After. */
export async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params
  if (nextauth.join('/') === 'callback/credentials') {
    const form = await request.clone().formData().catch(() => null)
    const email = String(form?.get('email') ?? '').slice(0, 320)
    const ip = requestIp(request.headers)
    const state = email ? await checkLoginAllowed(email, ip) : ({ allowed: true } as const)
    if (!state.allowed) {
      await recordLoginThrottled(email, ip)
      const minutes = Math.ceil(state.retryAfterSeconds / 60)
      const message = `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
      const url = new URL(`/login?error=${encodeURIComponent(message)}`, request.url)
      return Response.json({ url: url.toString(), error: message }, { status: 429, headers: { 'Retry-After': String(state.retryAfterSeconds) } })
    }
  }
  return handler(request, context)
}
