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
  | 'article.revisions_prune'
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
  | 'tag.delete'
  | 'section.delete'
  | 'author.delete'
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

const PAGE_SIZE = 50

/** The audit trail, newest first, for administrators. (lib/auth imports this file, hence the lazy imports.) */
export async function listAuditLog({ action, page = 1 }: { action?: string | string[]; page?: number }) {
  const { requireActor } = await import('@/lib/auth')
  const { canViewAuditLog } = await import('@/lib/permissions')
  const { ForbiddenError } = await import('@/lib/errors')
  const actor = await requireActor()
  if (!canViewAuditLog(actor)) throw new ForbiddenError('Only administrators can read the audit log.')
  // One prefix ('article.') or several ('tag.', 'section.', 'author.').
  const prefixes = (Array.isArray(action) ? action : [action]).filter((p): p is string => Boolean(p))
  const where = prefixes.length ? { OR: prefixes.map((p) => ({ action: { startsWith: p } })) } : {}
  const [total, entries] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (Math.max(1, page) - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, action: true, subject: true, detail: true, ip: true, createdAt: true, actorEmail: true, actor: { select: { name: true } } },
    }),
  ])
  return { total, entries, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) }
}
