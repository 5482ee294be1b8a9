// What a confirmation link asks for, and what confirming it changes on the member's record.
// Pure (no database), so the rules are unit-tested in confirmation.test.ts.
import type { Prisma } from '@/lib/generated/prisma/client'
import type { MemberStatus } from '@/lib/generated/prisma/enums'

export type Attribution = { sourceArticleId: string | null; utmSource: string; utmMedium: string; utmCampaign: string }
export type MemberDetails = { name: string; postcode: string; tierId: string; amountPence: number; newsletter: boolean }

/**
 * Stored with each confirmation token: exactly what that sign-up asked for, so its link confirms
 * what its email described and nothing a later sign-up by the same address typed.
 */
export type ConfirmPayload = { kind: 'member'; details: MemberDetails; attribution: Attribution } | { kind: 'newsletter'; attribution: Attribution }

export type SignupKind = ConfirmPayload['kind']

/** What a token asks for. Tokens issued before every token carried a payload confirm the record as it stands. */
export const requestedKind = (payload: ConfirmPayload | null, recordIsMember: boolean): SignupKind => payload?.kind ?? (recordIsMember ? 'member' : 'newsletter')

export type RecordBefore = { isMember: boolean; newsletter: boolean; status: MemberStatus; confirmedAt: Date | null; sourceArticleId: string | null }

/** The update that confirming `payload` makes to a member record in the state `before`. */
export function confirmationUpdate(before: RecordBefore, payload: ConfirmPayload | null, now: Date): Prisma.MemberUpdateInput {
  const wasActive = before.status === 'ACTIVE'
  const activeMember = wasActive && before.isMember
  // The address was confirmed once already: that date stays (a new request is dated by consentAt).
  const data: Prisma.MemberUpdateInput = { status: 'ACTIVE', ...(wasActive && before.confirmedAt ? {} : { confirmedAt: now }) }
  if (!payload) return data

  if (payload.kind === 'newsletter') {
    // Only the newsletter was asked for: anyone not already a confirmed member is a subscriber.
    return { ...data, newsletter: true, unsubscribedAt: null, consentAt: now, ...(activeMember ? {} : { isMember: false }) }
  }

  const { tierId, ...details } = payload.details
  const newsletter = details.newsletter || (before.newsletter && wasActive)
  const { sourceArticleId, ...utm } = payload.attribution
  // A subscriber who becomes a member is credited to the piece that brought the membership; a
  // membership never confirmed keeps the piece that brought its first sign-up, if it has one.
  const credit = sourceArticleId && (!before.isMember || (!wasActive && !before.sourceArticleId))
  return {
    ...data,
    ...details,
    tier: { connect: { id: tierId } },
    newsletter,
    isMember: true,
    consentAt: now,
    ...(newsletter ? { unsubscribedAt: null } : {}),
    ...(credit ? { sourceArticle: { connect: { id: sourceArticleId } }, ...utm } : {}),
  }
}
