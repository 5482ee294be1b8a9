import 'server-only'
import { db } from '@/lib/db'
import { dummyVerify, verifyPassword } from '@/lib/passwords'

/** The staff member behind a session, as the rest of the app sees them. */
export type StaffSessionUser = {
  id: string
  email: string
  name: string
  role: 'CONTRIBUTOR' | 'WRITER' | 'EDITOR' | 'ADMIN'
  active: boolean
  sessionVersion: number
}

const sessionSelect = { id: true, email: true, name: true, role: true, active: true, sessionVersion: true } as const

/** Checks an email and password; null for any failure, without saying which. */
export async function verifyStaffCredentials(email: string, password: string): Promise<StaffSessionUser | null> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { ...sessionSelect, passwordHash: true },
  })
  if (!user || !user.passwordHash) return dummyVerify(password).then(() => null)
  const ok = await verifyPassword(user.passwordHash, password)
  if (!ok || !user.active) return null
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } })
  const { passwordHash: _omit, ...rest } = user
  return rest
}

