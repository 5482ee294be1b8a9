import 'server-only'
// Members and newsletter subscribers: sign-up with double opt-in, the links in their emails,
// and the staff views. Public functions take proof (a confirmation token or a signed link);
// staff functions check the actor against lib/permissions.ts.
import { db } from '@/lib/db'
import { likeText } from '@/lib/data/like'
import { env } from '@/lib/env'
import { requireActor } from '@/lib/auth'
import { UNKNOWN_IP } from '@/lib/client-ip'
import { ForbiddenError, NotFoundError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { MemberStatus } from '@/lib/generated/prisma/enums'
import { alreadyMemberMail, alreadySubscribedMail, confirmMembershipMail, confirmNewsletterMail, type Mail } from '@/lib/mail/messages'
import { confirmUrl, memberMailLinks, verifyMemberLink } from '@/lib/mail/member-links'
import { sendMail } from '@/lib/mail/transport'
import { canManageMembers, canViewMembers, type Actor } from '@/lib/permissions'
import { randomToken, sha256 } from '@/lib/signing'
import { confirmationUpdate, requestedKind, type Attribution, type ConfirmPayload, type SignupKind } from '@/lib/membership/confirmation'
import { formatPence, type JoinInput, type NewsletterInput } from '@/lib/validation/member'
import { recordAudit } from './audit'
import { hitRateLimit } from './rate-limits'
import { getSiteSettings } from './settings'
import { quoteVariants } from '@/lib/search-text'

const CONFIRM_TTL_MS = 48 * 60 * 60 * 1000
const HOUR = 60 * 60
export const SIGNUP_LIMITS = { perEmail: 5, perIp: 20, windowSeconds: HOUR }

// ------------------------------------------------------------------ rate limits

/**
 * Counts a sign-up against the address and the client. The address is hashed so the limits
 * table holds no personal data. Without a trusted proxy header every visitor looks the same,
 * so the per-client limit would be a site-wide one: it applies only when the address is known.
 */
export async function hitSignupLimits(email: string, ip: string) {
  const byEmail = await hitRateLimit(`signup:email:${sha256(email)}`, SIGNUP_LIMITS.perEmail, SIGNUP_LIMITS.windowSeconds)
  const byIp = ip === UNKNOWN_IP ? null : await hitRateLimit(`signup:ip:${ip}`, SIGNUP_LIMITS.perIp, SIGNUP_LIMITS.windowSeconds)
  const refused = [byEmail, byIp].filter((r) => r && !r.allowed)
  return { allowed: refused.length === 0, retryAfterSeconds: Math.max(0, ...refused.map((r) => r!.retryAfterSeconds)) }
}

// ------------------------------------------------------------------ sign-up

export type SignupRequest = { kind: 'member'; input: JoinInput } | { kind: 'newsletter'; input: NewsletterInput }

/** The article a sign-up came from: `from` may be an old slug of a renamed piece, which redirects to it now. */
async function sourceArticleIdFor(slug: string): Promise<string | null> {
  if (!slug) return null
  const live = await db.article.findFirst({ where: { slug, status: 'PUBLISHED' }, select: { id: true } })
  if (live) return live.id
  const redirect = await db.slugRedirect.findUnique({ where: { kind_oldSlug: { kind: 'article', oldSlug: slug } }, select: { targetId: true } })
  const moved = redirect ? await db.article.findFirst({ where: { id: redirect.targetId, status: 'PUBLISHED' }, select: { id: true } }) : null
  return moved?.id ?? null
}

async function attributionFor(input: NewsletterInput): Promise<Attribution> {
  return { sourceArticleId: await sourceArticleIdFor(input.from), utmSource: input.utmSource, utmMedium: input.utmMedium, utmCampaign: input.utmCampaign }
}

const existingSelect = { id: true, email: true, status: true, isMember: true, newsletter: true } as const
type Existing = Prisma.MemberGetPayload<{ select: typeof existingSelect }>

/**
 * Records a sign-up and sends the one email it calls for. Says nothing back: the visitor sees
 * the same page whether or not the address was known, and only its owner learns which it was.
 */
export async function requestSignup(request: SignupRequest): Promise<void> {
  const { input } = request
  const attribution = await attributionFor(input)
  const payload: ConfirmPayload =
    request.kind === 'member'
      ? {
          kind: 'member',
          details: { name: request.input.name, postcode: request.input.postcode, tierId: request.input.tierId, amountPence: request.input.amountPence, newsletter: request.input.newsletter },
          attribution,
        }
      : { kind: 'newsletter', attribution }

  let existing = await db.member.findUnique({ where: { email: input.email }, select: existingSelect })
  if (!existing) {
    try {
      const created = await db.member.create({
        data: {
          email: input.email,
          ...(payload.kind === 'member' ? payload.details : { newsletter: true }),
          isMember: payload.kind === 'member',
          status: 'PENDING',
          consentAt: new Date(),
          ...attribution,
        },
        select: existingSelect,
      })
      return sendConfirmation(created, payload)
    } catch (error) {
      // Two sign-ups with one address at once: the other created the row; carry on as a repeat.
      if ((error as { code?: string }).code !== 'P2002') throw error
      existing = await db.member.findUniqueOrThrow({ where: { email: input.email }, select: existingSelect })
    }
  }

  if (existing.status === 'ACTIVE' && request.kind === 'member' && existing.isMember) return sendAlready(existing, 'member')
  if (existing.status === 'ACTIVE' && request.kind === 'newsletter' && existing.newsletter) return sendAlready(existing, request.kind)

  // A sign-up still waiting for confirmation, a confirmed address asking for something new, or a
  // cancelled one coming back: the record does not change. Anyone can type an address, so what
  // they typed waits in this token, and only this email's link (used by the address's owner) applies it.
  return sendConfirmation(existing, payload)
}

async function sendConfirmation(member: Existing, payload: ConfirmPayload) {
  const settings = await getSiteSettings()
  const links = memberMailLinks(member.id)
  const token = randomToken()
  let mail: Mail
  if (payload.kind === 'member') {
    const tier = await db.membershipTier.findUniqueOrThrow({ where: { id: payload.details.tierId }, select: { name: true } })
    mail = confirmMembershipMail({ siteName: settings.siteName, tierName: tier.name, amount: formatPence(payload.details.amountPence), confirmUrl: confirmUrl(token), links })
  } else {
    mail = confirmNewsletterMail({ siteName: settings.siteName, confirmUrl: confirmUrl(token), links })
  }
  await db.memberToken.create({
    data: { memberId: member.id, purpose: 'confirm', tokenHash: sha256(token), payload, expiresAt: new Date(Date.now() + CONFIRM_TTL_MS) },
  })
  await sendMail({ to: member.email, ...mail })
}

async function sendAlready(member: Existing, kind: 'member' | 'newsletter') {
  const settings = await getSiteSettings()
  const args = { siteName: settings.siteName, siteUrl: env.SITE_URL, links: memberMailLinks(member.id) }
  await sendMail({ to: member.email, ...(kind === 'member' ? alreadyMemberMail(args) : alreadySubscribedMail(args)) })
}

// ------------------------------------------------------------------ confirmation

/** `superseded`: another confirmation link for the same address was used first, so this one does nothing. */
export type TokenState = 'valid' | 'used' | 'superseded' | 'expired' | 'unknown'

/** What a confirmation link asks for, as its email described it. */
export type ConfirmationRequest = { kind: SignupKind; name: string; tierName: string; amountPence: number | null }

const tokenSelect = {
  id: true,
  memberId: true,
  purpose: true,
  usedAt: true,
  supersededAt: true,
  expiresAt: true,
  payload: true,
  member: { select: { isMember: true, name: true, amountPence: true, tier: { select: { name: true } } } },
} as const
type TokenRow = Prisma.MemberTokenGetPayload<{ select: typeof tokenSelect }>

function tokenState(row: Pick<TokenRow, 'purpose' | 'usedAt' | 'supersededAt' | 'expiresAt'> | null): TokenState {
  if (!row || row.purpose !== 'confirm') return 'unknown'
  if (row.usedAt) return 'used'
  if (row.supersededAt) return 'superseded'
  if (row.expiresAt.getTime() <= Date.now()) return 'expired'
  return 'valid'
}

/** What a confirmation link would do, without using it up (a GET must change nothing). */
export async function checkConfirmationToken(token: string): Promise<{ state: TokenState; request: ConfirmationRequest | null }> {
  const row = token ? await db.memberToken.findUnique({ where: { tokenHash: sha256(token) }, select: tokenSelect }) : null
  const state = tokenState(row)
  if (!row || state === 'unknown') return { state, request: null }
  const payload = row.payload as ConfirmPayload | null
  const kind = requestedKind(payload, row.member.isMember)
  if (payload?.kind === 'member') {
    const tier = await db.membershipTier.findUnique({ where: { id: payload.details.tierId }, select: { name: true } })
    return { state, request: { kind, name: payload.details.name, tierName: tier?.name ?? '', amountPence: payload.details.amountPence } }
  }
  if (kind === 'member') return { state, request: { kind, name: row.member.name, tierName: row.member.tier?.name ?? '', amountPence: row.member.amountPence } }
  return { state, request: { kind, name: '', tierName: '', amountPence: null } }
}

export type ConfirmResult = { ok: true; memberId: string; kind: SignupKind } | { ok: false; state: TokenState }

/** Uses a confirmation link, once: what its email described becomes active, and the address's other links close. */
export async function confirmSignup(token: string): Promise<ConfirmResult> {
  if (!token) return { ok: false, state: 'unknown' }
  return db.$transaction(async (tx): Promise<ConfirmResult> => {
    const row = await tx.memberToken.findUnique({ where: { tokenHash: sha256(token) }, select: tokenSelect })
    const state = tokenState(row)
    if (state !== 'valid' || !row) return { ok: false, state }
    // One confirmation per address at a time: two links pressed at once must not both apply.
    await tx.$queryRaw`SELECT id FROM "Member" WHERE id = ${row.memberId} FOR UPDATE`
    const now = new Date()
    const claimed = await tx.memberToken.updateMany({ where: { id: row.id, usedAt: null, supersededAt: null }, data: { usedAt: now } })
    if (claimed.count !== 1) {
      const after = await tx.memberToken.findUnique({ where: { id: row.id }, select: { purpose: true, usedAt: true, supersededAt: true, expiresAt: true } })
      return { ok: false, state: tokenState(after) }
    }

    const before = await tx.member.findUniqueOrThrow({
      where: { id: row.memberId },
      select: { isMember: true, newsletter: true, status: true, confirmedAt: true, sourceArticleId: true },
    })
    const payload = row.payload as ConfirmPayload | null
    await tx.member.update({ where: { id: row.memberId }, data: confirmationUpdate(before, payload, now) })
    // The address's other open links described other requests: they no longer apply, and say so.
    await tx.memberToken.updateMany({ where: { memberId: row.memberId, purpose: 'confirm', usedAt: null, supersededAt: null }, data: { supersededAt: now } })
    return { ok: true, memberId: row.memberId, kind: requestedKind(payload, before.isMember) }
  })
}

// ------------------------------------------------------------------ signed links from emails

export type MemberLinkView = { email: string; isMember: boolean; newsletter: boolean; status: MemberStatus; unsubscribedAt: Date | null }

/** Who an unsubscribe or delete link is about; null when the link is not one we signed. */
export async function getMemberByLink(purpose: 'unsubscribe' | 'delete', memberId: string, token: string): Promise<MemberLinkView | null> {
  if (!verifyMemberLink(purpose, memberId, token)) return null
  return db.member.findUnique({ where: { id: memberId }, select: { email: true, isMember: true, newsletter: true, status: true, unsubscribedAt: true } })
}

/**
 * Stops all but transactional mail. A newsletter-only subscriber, or a sign-up never confirmed,
 * is cancelled outright; a confirmed member stays a member. Idempotent.
 */
export async function unsubscribeByLink(memberId: string, token: string): Promise<boolean> {
  if (!verifyMemberLink('unsubscribe', memberId, token)) return false
  const member = await db.member.findUnique({ where: { id: memberId }, select: { isMember: true, status: true } })
  if (!member) return true // already erased: nothing left to unsubscribe
  const cancel = !member.isMember || member.status === 'PENDING'
  await db.member.update({ where: { id: memberId }, data: { newsletter: false, unsubscribedAt: new Date(), ...(cancel ? { status: 'CANCELLED' } : {}) } })
  return true
}

/** Erases a member at their own request (from a signed link), and records that it happened. */
export async function eraseByLink(memberId: string, token: string): Promise<boolean> {
  if (!verifyMemberLink('delete', memberId, token)) return false
  await erase(memberId, null, { by: 'member' })
  return true
}

async function erase(memberId: string, actor: Actor | null, detail: Prisma.InputJsonObject) {
  await db.$transaction(async (tx) => {
    const member = await tx.member.findUnique({ where: { id: memberId }, select: { email: true } })
    if (!member) return
    // Tokens go with the row (cascade); copies of their emails in the outbox go too.
    await tx.outboxEmail.deleteMany({ where: { to: member.email } })
    await tx.member.delete({ where: { id: memberId } })
    // The audit entry names the record, never the person: their data is what was erased.
    await recordAudit(actor, 'member.erase', memberId, detail, '', tx)
  })
}

/** The member a welcome link (signed for what was confirmed: a membership or the newsletter) is about, once active. */
export async function getWelcome(memberId: string, token: string, kind: SignupKind) {
  if (!verifyMemberLink(kind === 'newsletter' ? 'welcome-newsletter' : 'welcome', memberId, token)) return null
  const member = await db.member.findUnique({
    where: { id: memberId },
    select: { name: true, isMember: true, newsletter: true, status: true, amountPence: true, tier: { select: { name: true } } },
  })
  return member?.status === 'ACTIVE' ? member : null
}

// ------------------------------------------------------------------ staff

async function requireViewer() {
  const actor = await requireActor()
  if (!canViewMembers(actor)) throw new ForbiddenError('Only administrators can see members.')
  return actor
}

async function requireManager() {
  const actor = await requireActor()
  if (!canManageMembers(actor)) throw new ForbiddenError('Only administrators can change or export members.')
  return actor
}

const STATUSES = ['PENDING', 'ACTIVE', 'CANCELLED'] as const
export const isMemberStatus = (s: string): s is MemberStatus => (STATUSES as readonly string[]).includes(s)

export type MemberFilters = { status?: string; tier?: string; q?: string; kind?: string; page?: number }

function whereFor(filters: MemberFilters): Prisma.MemberWhereInput {
  const where: Prisma.MemberWhereInput = {}
  if (filters.status && isMemberStatus(filters.status)) where.status = filters.status
  if (filters.tier) where.tierId = filters.tier.slice(0, 64)
  if (filters.kind === 'member') where.isMember = true
  if (filters.kind === 'newsletter') where.isMember = false
  const q = filters.q?.trim().slice(0, 200)
  if (q) {
    // A whole postcode typed without its space ("sw1a1aa") is looked for as stored ("SW1A 1AA").
    const compact = q.replace(/\s+/g, '')
    const postcode = /^[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}$/i.test(compact) ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : q
    where.OR = [
      ...quoteVariants(q).map((name) => ({ name: { contains: likeText(name), mode: 'insensitive' as const } })),
      { email: { contains: likeText(q), mode: 'insensitive' } },
      { postcode: { contains: likeText(postcode), mode: 'insensitive' } },
    ]
  }
  return where
}

const listSelect = {
  id: true,
  name: true,
  email: true,
  postcode: true,
  status: true,
  isMember: true,
  newsletter: true,
  amountPence: true,
  createdAt: true,
  confirmedAt: true,
  tier: { select: { id: true, name: true } },
  sourceArticle: { select: { id: true, slug: true, headline: true } },
} satisfies Prisma.MemberSelect

export async function listMembers(filters: MemberFilters) {
  const actor = await requireViewer()
  const pageSize = 50
  const where = whereFor(filters)
  const total = await db.member.count({ where })
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const page = Math.min(Math.max(1, filters.page ?? 1), pageCount)
  const members = await db.member.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: (page - 1) * pageSize, take: pageSize, select: listSelect })
  const tiers = await db.membershipTier.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true } })
  return { total, page, pageCount, members, tiers, canManage: canManageMembers(actor) }
}

export async function getMemberForStaff(id: string) {
  const actor = await requireViewer()
  const member = await db.member.findUnique({
    where: { id },
    select: { ...listSelect, utmSource: true, utmMedium: true, utmCampaign: true, consentAt: true, unsubscribedAt: true, updatedAt: true },
  })
  return member ? { ...member, canManage: canManageMembers(actor) } : null
}

export async function setMemberStatus(id: string, status: MemberStatus) {
  const actor = await requireManager()
  const before = await db.member.findUnique({ where: { id }, select: { status: true } })
  if (!before) throw new NotFoundError('That member no longer exists.')
  if (before.status === status) return
  await db.$transaction(async (tx) => {
    // Only the member's own link confirms an address: "Confirmed email" keeps its date (or its
    // "Not yet"), and the audit log records who changed the status.
    await tx.member.update({ where: { id }, data: { status } })
    await recordAudit(actor, 'member.status_change', id, { from: before.status, to: status }, '', tx)
  })
}

export async function eraseMemberAsStaff(id: string) {
  const actor = await requireManager()
  if (!(await db.member.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError('That member no longer exists.')
  await erase(id, actor, { by: 'staff' })
}

/** Every member matching the filters, for the CSV export; the export itself is audited. */
export async function exportMembers(filters: MemberFilters) {
  const actor = await requireManager()
  const rows = await db.member.findMany({
    where: whereFor(filters),
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { ...listSelect, utmSource: true, utmMedium: true, utmCampaign: true, consentAt: true, unsubscribedAt: true },
  })
  await recordAudit(actor, 'member.export', '', { count: rows.length, filters: { status: filters.status ?? '', tier: filters.tier ?? '', q: filters.q ?? '', kind: filters.kind ?? '' } })
  return rows
}

/** Sign-ups credited to each article, most first. */
export async function listSignupsByArticle() {
  await requireViewer()
  const groups = await db.member.groupBy({
    by: ['sourceArticleId', 'isMember', 'status'],
    where: { sourceArticleId: { not: null } },
    _count: { _all: true },
  })
  const byArticle = new Map<string, { total: number; activeMembers: number; pendingMembers: number; subscribers: number }>()
  for (const g of groups) {
    const entry = byArticle.get(g.sourceArticleId!) ?? { total: 0, activeMembers: 0, pendingMembers: 0, subscribers: 0 }
    const n = g._count._all
    entry.total += n
    if (!g.isMember) entry.subscribers += n
    else if (g.status === 'ACTIVE') entry.activeMembers += n
    else if (g.status === 'PENDING') entry.pendingMembers += n
    byArticle.set(g.sourceArticleId!, entry)
  }
  const articles = await db.article.findMany({ where: { id: { in: [...byArticle.keys()] } }, select: { id: true, slug: true, headline: true } })
  return articles
    .map((a) => ({ ...a, ...byArticle.get(a.id)! }))
    .sort((a, b) => b.activeMembers - a.activeMembers || b.total - a.total || a.headline.localeCompare(b.headline))
}
