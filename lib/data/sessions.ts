import 'server-only'
// Staff sessions are signed cookies (next-auth's JWT strategy), so the server keeps no list of
// them; signing out records the session's id here, and every request checks it, so a copy of the
// cookie taken before sign-out is refused from then on. A row is kept only as long as the
// session could have lasted.
import { db } from '@/lib/db'

export async function endSession(id: string, lifetimeSeconds: number) {
  const now = Date.now()
  await db.$transaction([
    db.endedSession.deleteMany({ where: { expiresAt: { lt: new Date(now) } } }),
    db.endedSession.upsert({ where: { id }, update: {}, create: { id, expiresAt: new Date(now + lifetimeSeconds * 1000) } }),
  ])
}

export async function isSessionEnded(id: string): Promise<boolean> {
  return (await db.endedSession.count({ where: { id } })) > 0
}
