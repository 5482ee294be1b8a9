import 'server-only'
// Staff accounts: invitations, roles, deactivation and passwords. Every change that affects
// what someone may do bumps their sessionVersion, so it applies on their very next request.
import { db } from '@/lib/db'
import { requireActor } from '@/lib/auth'
import { env } from '@/lib/env'
import { FieldError, ForbiddenError, NotFoundError } from '@/lib/errors'
import type { Role } from '@/lib/generated/prisma/enums'
import { hashPassword, verifyPassword } from '@/lib/passwords'
import { passwordProblem } from '@/lib/password-policy'
import { hashToken, newToken } from '@/lib/tokens'
import { sendMail } from '@/lib/mail/transport'
import { staffInviteMail } from '@/lib/mail/staff-messages'
import { canManageStaff, roleLabel } from '@/lib/permissions'
import { recordAudit } from './audit'
import { getSiteSettings } from './settings'

const INVITE_HOURS = 48

async function requireAdmin() {
  const actor = await requireActor()
  if (!canManageStaff(actor)) throw new ForbiddenError('Only administrators can manage staff accounts.')
  return actor
}

export async function listStaff() {
  await requireAdmin()
  return db.user.findMany({
    orderBy: [{ active: 'desc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      lastLoginAt: true,
      passwordHash: false,
      invites: { where: { usedAt: null }, orderBy: { createdAt: 'desc' }, take: 1, select: { expiresAt: true } },
    },
  })
}

/** Creates the account with no password and returns the one-time link that sets it. */
export async function inviteStaff(input: { name: string; email: string; role: Role }): Promise<{ inviteUrl: string; userId: string }> {
  const actor = await requireAdmin()
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } })
  if (existing) throw new FieldError('email', 'There is already a staff account with this email.')
  const { token, hash } = newToken()
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({ data: { name: input.name, email: input.email, role: input.role }, select: { id: true } })
    await tx.staffInvite.create({ data: { userId: created.id, tokenHash: hash, expiresAt: new Date(Date.now() + INVITE_HOURS * 3_600_000) } })
    await recordAudit(actor, 'staff.invite', input.email, { role: input.role }, '', tx)
    return created
  })
  const inviteUrl = `${env.SITE_URL}/set-password?token=${token}`
  await sendInvite(input, actor.name, inviteUrl)
  return { inviteUrl, userId: user.id }
}

/** A fresh invite link for someone who has not set a password yet (the old link stops working). */
export async function reissueInvite(userId: string): Promise<string> {
  const actor = await requireAdmin()
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } })
  if (!user) throw new NotFoundError('That account no longer exists.')
  const { token, hash } = newToken()
  await db.$transaction([
    db.staffInvite.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } }),
    db.staffInvite.create({ data: { userId, tokenHash: hash, expiresAt: new Date(Date.now() + INVITE_HOURS * 3_600_000) } }),
  ])
  await recordAudit(actor, 'staff.invite', user.email, { reissued: true })
  const inviteUrl = `${env.SITE_URL}/set-password?token=${token}`
  const full = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true, role: true } })
  await sendInvite(full, actor.name, inviteUrl)
  return inviteUrl
}

async function sendInvite(to: { name: string; email: string; role: Role }, inviterName: string, url: string) {
  const { siteName } = await getSiteSettings()
  const mail = staffInviteMail({ siteName, name: to.name, inviterName, role: roleLabel[to.role].toLowerCase(), url, hours: INVITE_HOURS })
  await sendMail({ to: to.email, ...mail })
}

async function otherActiveAdmins(exceptId: string) {
  return db.user.count({ where: { role: 'ADMIN', active: true, NOT: { id: exceptId } } })
}

export async function changeStaffRole(userId: string, role: Role) {
  const actor = await requireAdmin()
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, role: true } })
  if (!user) throw new NotFoundError('That account no longer exists.')
  if (user.role === role) return
  if (user.role === 'ADMIN' && (await otherActiveAdmins(userId)) === 0) throw new ForbiddenError('There must always be at least one active administrator.')
  await db.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } })
  await recordAudit(actor, 'staff.role_change', user.email, { from: user.role, to: role })
}

export async function setStaffActive(userId: string, active: boolean) {
  const actor = await requireAdmin()
  if (userId === actor.id) throw new ForbiddenError('You cannot deactivate your own account.')
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, role: true, active: true } })
  if (!user) throw new NotFoundError('That account no longer exists.')
  if (user.active === active) return
  if (!active && user.role === 'ADMIN' && (await otherActiveAdmins(userId)) === 0) throw new ForbiddenError('There must always be at least one active administrator.')
  await db.user.update({ where: { id: userId }, data: { active, sessionVersion: { increment: 1 } } })
  await recordAudit(actor, active ? 'staff.reactivate' : 'staff.deactivate', user.email)
}

/** Who an invitation is for, if its token is valid. Public: the token is the credential. */
export async function findValidInvite(token: string) {
  if (!token || token.length > 200) return null
  const invite = await db.staffInvite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, usedAt: true, expiresAt: true, user: { select: { id: true, name: true, email: true, active: true } } },
  })
  if (!invite || invite.usedAt || invite.expiresAt < new Date() || !invite.user.active) return null
  return invite
}

/** Sets the password chosen through an invitation link; the link works once. */
export async function acceptInvite(token: string, password: string) {
  const invite = await findValidInvite(token)
  if (!invite) throw new FieldError('password', 'This link has expired or has already been used. Ask an administrator for a new one.')
  const problem = passwordProblem(password, invite.user)
  if (problem) throw new FieldError('password', problem)
  const passwordHash = await hashPassword(password)
  await db.$transaction(async (tx) => {
    const used = await tx.staffInvite.updateMany({ where: { id: invite.id, usedAt: null }, data: { usedAt: new Date() } })
    if (used.count !== 1) throw new FieldError('password', 'This link has already been used.')
    await tx.user.update({ where: { id: invite.user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } })
    await recordAudit({ id: invite.user.id, email: invite.user.email }, 'staff.password_change', invite.user.email, { via: 'invite' }, '', tx)
  })
  return { email: invite.user.email }
}

export async function getOwnAccount() {
  const actor = await requireActor()
  return db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, name: true, email: true, role: true } })
}

export async function updateOwnName(name: string) {
  const actor = await requireActor()
  await db.user.update({ where: { id: actor.id }, data: { name } })
}

/** Changing your password signs out every session, this one included. */
export async function changeOwnPassword(current: string, next: string) {
  const actor = await requireActor()
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true, email: true, name: true } })
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, current))) throw new FieldError('current', 'That is not your current password.')
  const problem = passwordProblem(next, user)
  if (problem) throw new FieldError('password', problem)
  await db.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(next), sessionVersion: { increment: 1 } } })
  await recordAudit(actor, 'staff.password_change', user.email)
}
