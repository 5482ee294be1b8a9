import 'server-only'
// Mail kept in the database when no SMTP server is configured (or it refused a message).
import { db } from '@/lib/db'
import { requireActor } from '@/lib/auth'
import { ForbiddenError } from '@/lib/errors'
import { canViewMembers } from '@/lib/permissions'

type OutboxInput = { to: string; subject: string; text: string; html: string; headers: Record<string, string> }

/** Called by lib/mail only; visitors never reach it directly. */
export async function writeOutboxEmail(mail: OutboxInput) {
  await db.outboxEmail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers } })
}

// The outbox holds confirmation links and members' addresses: the people who may see members.
async function requireOutboxReader() {
  const actor = await requireActor()
  if (!canViewMembers(actor)) throw new ForbiddenError('Only administrators can read the outbox.')
  return actor
}

export async function listOutbox(page = 1) {
  await requireOutboxReader()
  const pageSize = 50
  const [total, emails] = await Promise.all([
    db.outboxEmail.count(),
    db.outboxEmail.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (Math.max(1, page) - 1) * pageSize,
      take: pageSize,
      select: { id: true, to: true, subject: true, text: true, headers: true, createdAt: true },
    }),
  ])
  return { total, pageCount: Math.max(1, Math.ceil(total / pageSize)), emails: emails.map((e) => ({ ...e, headers: e.headers as Record<string, string> })) }
}
