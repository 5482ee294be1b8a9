import 'server-only'
// Staff sessions are signed cookies (next-auth's JWT strategy), so the server keeps no list of
// them; signing out records the session's id here, and every request checks it, so a copy of the
// cookie taken before sign-out is refused from then on. A row is kept only as long as the
// session could have lasted.
import { db } from '@/lib/db'
import { OPEN_SESSION_SQL } from '@/lib/open-session'
import type { Role } from '@/lib/generated/prisma/enums'

export async function endSession(id: string, lifetimeSeconds: number) {
  const now = Date.now()
  await db.$transaction([
    db.endedSession.deleteMany({ where: { expiresAt: { lt: new Date(now) } } }),
    db.endedSession.upsert({ where: { id }, update: {}, create: { id, expiresAt: new Date(now + lifetimeSeconds * 1000) } }),
  ])
}

/** The staff member a session belongs to, while it is open (lib/open-session.ts); else null. */
export async function getOpenSessionUser(userId: string, sessionVersion: number, sessionId: string) {
  // The statement's text is a constant; the three values are bound parameters.
  const [row] = await db.$queryRawUnsafe<{ id: string; email: string; name: string; role: Role }[]>(OPEN_SESSION_SQL, userId, sessionVersion, sessionId)
  return row ?? null
}
