import 'server-only'
// The audit trail: who did what, when. Written by the data layer beside the change it records.
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Actor } from '@/lib/permissions'

export type AuditAction =
  | 'auth.sign_in'
  | 'auth.sign_in_failed'
  | 'auth.sign_in_throttled'
  | 'article.publish'
  | 'article.unpublish'
  | 'article.schedule'
  | 'article.submit'
  | 'article.return'
  | 'article.delete'
  | 'article.restore'
  | 'staff.invite'
  | 'staff.role_change'
  | 'staff.deactivate'
  | 'staff.reactivate'
  | 'staff.password_change'
  | 'settings.update'
  | 'member.erase'
  | 'member.status_change'
  | 'member.export'
  | 'tag.merge'
  | 'tier.update'

export async function recordAudit(
  actor: Pick<Actor, 'id' | 'email'> | null,
  action: AuditAction,
  subject = '',
  detail: Prisma.InputJsonValue = {},
  ip = '',
  client: Pick<typeof db, 'auditLog'> = db,
) {
  await client.auditLog.create({
    data: { actorId: actor?.id ?? null, actorEmail: actor?.email ?? '', action, subject: subject.slice(0, 500), detail, ip: ip.slice(0, 100) },
  })
}
