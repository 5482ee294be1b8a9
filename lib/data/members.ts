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
import { alreadyMemberMail, alreadySubscribedMail, confirmMembershipMail, confirmNewsletterMail } from '@/lib/mail/messages'
import { confirmUrl, memberMailLinks, verifyMemberLink } from '@/lib/mail/member-links'
import { sendMail } from '@/lib/mail/transport'
import { canManageMembers, canViewMembers, type Actor } from '@/lib/permissions'
import { randomToken, sha256 } from '@/lib/signing'
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

type Attribution = { sourceArticleId: string | null; utmSource: string; utmMedium: string; utmCampaign: string }
type MemberDetails = { name: string; postcode: string; tierId: string; amountPence: number; newsletter: boolean }
/** What confirming a sign-up by an address we already hold applies. */
type ConfirmPayload = { kind: 'member'; details: MemberDetails; attribution: Attribution } | { kind: 'newsletter'; attribution: Attribution }

async function attributionFor(input: NewsletterInput): Promise<Attribution> {
  const article = input.from
    ? await db.article.findFirst({ where: { slug: input.from, status: 'PUBLISHED' }, select: { id: true } })
    : null
  return { sourceArticleId: article?.id ?? null, utmSource: input.utmSource, utmMedium: input.utmMedium, utmCampaign: input.utmCampaign }
}

const existingSelect = { id: true, email: true, name: true, status: true, isMember: true, newsletter: true, sourceArticleId: true } as const
type Existing = Prisma.MemberGetPayload<{ select: typeof existingSelect }>

/**
 * Records a sign-up and sends the one email it calls for. Says nothing back: the visitor sees
 * the same page whether or not the address was known, and only its owner learns which it was.
 */
export async function requestSignup(request: SignupRequest): Promise<void> {
  const { input } = request
  const attribution = await attributionFor(input)
  const details: MemberDetails | null =
    request.kind === 'member'
      ? { name: request.input.name, postcode: request.input.postcode, tierId: request.input.tierId, amountPence: request.input.amountPence, newsletter: request.input.newsletter }
      : null
  const now = new Date()

  let existing = await db.member.findUnique({ where: { email: input.email }, select: existingSelect })
  if (!existing) {
    try {
      const created = await db.member.create({
        data: {
          email: input.email,
          ...(details ?? { newsletter: true }),
          isMember: request.kind === 'member',
          status: 'PENDING',
          consentAt: now,
          ...attribution,
        },
        select: existingSelect,
      })
      return sendConfirmation(created, request.kind === 'member' ? details : null, null)
    } catch (error) {
      // Two sign-ups with one address at once: the other created the row; carry on as a repeat.
      if ((error as { code?: string }).code !== 'P2002') throw error
      existing = await db.member.findUniqueOrThrow({ where: { email: input.email }, select: existingSelect })
    }
  }

  if (existing.status === 'PENDING') {
    // Nothing has been confirmed yet, so the newest details win (a newsletter repeat keeps a pending membership).
    const updated = await db.member.update({
      where: { id: existing.id },
      data: details
        ? { ...details, isMember: true, consentAt: now, ...(existing.sourceArticleId ? {} : attribution) }
        : { newsletter: true, consentAt: now },
      select: existingSelect,
    })
    return sendConfirmation(updated, updated.isMember ? await detailsOf(updated.id) : null, null)
  }

  if (existing.status === 'ACTIVE' && request.kind === 'member' && existing.isMember) return sendAlready(existing, 'member')
  if (existing.status === 'ACTIVE' && request.kind === 'newsletter' && existing.newsletter) return sendAlready(existing, request.kind)

  // A confirmed address asking for something new, or a cancelled one coming back: nothing
  // changes until the owner of the address confirms.
  const payload: ConfirmPayload = details ? { kind: 'member', details, attribution } : { kind: 'newsletter', attribution }
  return sendConfirmation(existing, details, payload)
}

async function detailsOf(memberId: string): Promise<MemberDetails | null> {
  const m = await db.member.findUnique({ where: { id: memberId }, select: { name: true, postcode: true, tierId: true, amountPence: true, newsletter: true } })
  return m?.tierId ? { name: m.name, postcode: m.postcode, tierId: m.tierId, amountPence: m.amountPence ?? 0, newsletter: m.newsletter } : null
}

async function sendConfirmation(member: Existing, details: MemberDetails | null, payload: ConfirmPayload | null) {
  const token = randomToken()
  await db.memberToken.create({
    data: {
      memberId: member.id,
      purpose: 'confirm',
      tokenHash: sha256(token),
      payload: payload ?? undefined,
      expiresAt: new Date(Date.now() + CONFIRM_TTL_MS),
    },
  })
  const settings = await getSiteSettings()
  const links = memberMailLinks(member.id)
  const tier = details ? await db.membershipTier.findUnique({ where: { id: details.tierId }, select: { name: true } }) : null
  const mail =
    details && tier
      ? confirmMembershipMail({ siteName: settings.siteName, name: details.name, tierName: tier.name, amount: formatPence(details.amountPence), confirmUrl: confirmUrl(token), links })
      : confirmNewsletterMail({ siteName: settings.siteName, confirmUrl: confirmUrl(token), links })
  await sendMail({ to: member.email, ...mail })
}

async function sendAlready(member: Existing, kind: 'member' | 'newsletter') {
  const settings = await getSiteSettings()
  const args = { siteName: settings.siteName, siteUrl: env.SITE_URL, links: memberMailLinks(member.id) }
  await sendMail({ to: member.email, ...(kind === 'member' ? alreadyMemberMail(args) : alreadySubscribedMail(args)) })
}

// ------------------------------------------------------------------ confirmation

export type TokenState = 'valid' | 'used' | 'expired' | 'unknown'

/** What a confirmation link would do, without using it up (a GET must change nothing). */
export async function checkConfirmationToken(token: string): Promise<{ state: TokenState; isMember: boolean }> {
  const row = token ? await db.memberToken.findUnique({ where: { tokenHash: sha256(token) }, select: tokenSelect }) : null
  return { state: tokenState(row), isMember: row ? willBeMember(row) : false }
}

const tokenSelect = { id: true, memberId: true, purpose: true, usedAt: true, expiresAt: true, payload: true, member: { select: { isMember: true } } } as const
type TokenRow = Prisma.MemberTokenGetPayload<{ select: typeof tokenSelect }>

function tokenState(row: TokenRow | null): TokenState {
  if (!row || row.purpose !== 'confirm') return 'unknown'
  if (row.usedAt) return 'used'
  if (row.expiresAt.getTime() <= Date.now()) return 'expired'
  return 'valid'
}

const willBeMember = (row: TokenRow) => row.member.isMember || (row.payload as ConfirmPayload | null)?.kind === 'member'

/** Uses a confirmation link, once: the membership (or subscription) becomes active. */
export async function confirmSignup(token: string): Promise<{ ok: true; memberId: string } | { ok: false; state: TokenState }> {
  if (!token) return { ok: false, state: 'unknown' }
  return db.$transaction(async (tx) => {
    const row = await tx.memberToken.findUnique({ where: { tokenHash: sha256(token) }, select: tokenSelect })
    const state = tokenState(row)
    if (state !== 'valid' || !row) return { ok: false as const, state }
    const now = new Date()
    // Conditional on being unused, so two clicks at once confirm once.
    const claimed = await tx.memberToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } })
    if (claimed.count !== 1) return { ok: false as const, state: 'used' as const }

    const member = await tx.member.findUniqueOrThrow({ where: { id: row.memberId }, select: { isMember: true, newsletter: true, status: true } })
    const payload = row.payload as ConfirmPayload | null
    let data: Prisma.MemberUpdateInput = { status: 'ACTIVE', confirmedAt: now }
    if (payload?.kind === 'member') {
      const { tierId, ...details } = payload.details
      const newsletter = details.newsletter || (member.newsletter && member.status === 'ACTIVE')
      data = {
        ...data,
        ...details,
        tier: { connect: { id: tierId } },
        newsletter,
        isMember: true,
        consentAt: now,
        ...(newsletter ? { unsubscribedAt: null } : {}),
        // A subscriber who becomes a member is credited to the piece that brought the membership.
        ...(payload.attribution.sourceArticleId && !member.isMember
          ? { sourceArticle: { connect: { id: payload.attribution.sourceArticleId } }, utmSource: payload.attribution.utmSource, utmMedium: payload.attribution.utmMedium, utmCampaign: payload.attribution.utmCampaign }
          : {}),
      }
    } else if (payload?.kind === 'newsletter') {
      // A cancelled member asking for the newsletter only comes back as a subscriber.
      data = { ...data, newsletter: true, unsubscribedAt: null, consentAt: now, ...(member.status === 'CANCELLED' ? { isMember: false } : {}) }
    }
    await tx.member.update({ where: { id: row.memberId }, data })
    // Any other confirmation link for this address has nothing left to do.
    await tx.memberToken.updateMany({ where: { memberId: row.memberId, purpose: 'confirm', usedAt: null }, data: { usedAt: now } })
    return { ok: true as const, memberId: row.memberId }
  })
}

// ------------------------------------------------------------------ signed links from emails

export type MemberLinkView = { email: string; isMember: boolean; newsletter: boolean; status: MemberStatus }

/** Who an unsubscribe or delete link is about; null when the link is not one we signed. */
export async function getMemberByLink(purpose: 'unsubscribe' | 'delete', memberId: string, token: string): Promise<MemberLinkView | null> {
  if (!verifyMemberLink(purpose, memberId, token)) return null
  return db.member.findUnique({ where: { id: memberId }, select: { email: true, isMember: true, newsletter: true, status: true } })
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

export async function getWelcome(memberId: string, token: string) {
  if (!verifyMemberLink('welcome', memberId, token)) return null
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
    await tx.member.update({ where: { id }, data: { status, ...(status === 'ACTIVE' ? { confirmedAt: new Date() } : {}) } })
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
