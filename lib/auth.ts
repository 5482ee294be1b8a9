import 'server-only'
import type { AuthOptions } from 'next-auth'
import { getServerSession } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { forbidden, redirect } from 'next/navigation'
import { cache } from 'react'
import { env } from '@/lib/env'
import { verifyStaffCredentials } from '@/lib/data/users'
import type { Actor } from '@/lib/permissions'
import { NotSignedInError } from '@/lib/errors'
import { attemptSource, checkLoginAllowed, recordLoginFailure, recordLoginSuccess } from '@/lib/data/login-throttle'
import { endSession, getOpenSessionUser } from '@/lib/data/sessions'
import { randomBytes } from 'node:crypto'
import { decodeSessionToken, encodeSessionToken } from '@/lib/session-token'

/** How long a staff session lasts. */
const SESSION_SECONDS = 60 * 60 * 12


export const authOptions: AuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_SECONDS },
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  pages: { signIn: '/login' },
  // A forged or expired cookie is routine noise: one line, no stack trace.
  logger: {
    error: (code) => console.warn(`[auth] ${code}`),
    warn: (code) => console.warn(`[auth] ${code}`),
    debug: () => {},
  },
  useSecureCookies: env.SITE_URL.startsWith('https://'),
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, req) {
        const email = String(credentials?.email ?? '').slice(0, 320)
        const password = String(credentials?.password ?? '').slice(0, 1024)
        if (!email || !password) return null
        const source = attemptSource(new Headers(req?.headers as Record<string, string>), email)
        // The route handler answers 429 before we get here; this re-check closes the race.
        if (!(await checkLoginAllowed(email, source)).allowed) return null
        const user = await verifyStaffCredentials(email, password)
        if (!user) {
          await recordLoginFailure(email, source)
          return null
        }
        await recordLoginSuccess(source, user)
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, role: user.role }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as { sessionVersion?: number; role?: string }
        token.sub = user.id
        token.sv = signedIn.sessionVersion ?? 0
        // Only for the proxy's early 403 (proxy.ts). A role change bumps sessionVersion, so a
        // token's role is never out of date while the session is still valid.
        token.role = signedIn.role
        // This session's own id, kept through every renewal of the cookie: signing out ends it (events.signOut).
        token.sid = randomBytes(18).toString('base64url')
      }
      return token
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub, sv: token.sv, sid: token.sid }
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === 'string') await endSession(token.sid, SESSION_SECONDS)
    },
  },
}

/**
 * The signed-in staff member, checked against the database on every request:
 * a role change, deactivation or password change (which bump sessionVersion)
 * takes effect at once, and so does signing out (a copy of the cookie is refused).
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string; sv?: number; sid?: string } | null
  // A session without an id of its own predates sign-out ending sessions: it cannot be ended, so it is not accepted.
  if (!session?.userId || typeof session.sid !== 'string') return null
  if (typeof session.sv !== 'number') return null
  const user = await getOpenSessionUser(session.userId, session.sv, session.sid)
  return user && { id: user.id, role: user.role, name: user.name, email: user.email }
})

/** For the data layer: the actor, or a thrown NotSignedInError. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor()
  if (!actor) throw new NotSignedInError()
  return actor
}

/** For dashboard pages: the actor, or a redirect to the sign-in page. */
export async function requireStaffPage(): Promise<Actor> {
  const actor = await getActor()
  if (!actor) redirect('/login')
  return actor
}

/** For dashboard pages a role may not see: the actor if allowed, else a 403 page. */
export async function requirePageAccess(allowed: (actor: Actor) => boolean): Promise<Actor> {
  const actor = await requireStaffPage()
  if (!allowed(actor)) forbidden()
  return actor
}
