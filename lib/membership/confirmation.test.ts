import { describe, expect, it } from 'vitest'
import { confirmationUpdate, requestedKind, type ConfirmPayload, type RecordBefore } from './confirmation'

const now = new Date('2026-11-30T12:00:00Z')
const firstConfirmed = new Date('2026-01-15T09:30:00Z')
const attribution = { sourceArticleId: 'article-b', utmSource: 'mastodon', utmMedium: '', utmCampaign: '' }
const noAttribution = { sourceArticleId: null, utmSource: '', utmMedium: '', utmCampaign: '' }
const join = (newsletter = false): ConfirmPayload => ({
  kind: 'member',
  details: { name: 'Rosa Tester', postcode: 'SW1A 1AA', tierId: 'supporter', amountPence: 2500, newsletter },
  attribution,
})
const newsletter: ConfirmPayload = { kind: 'newsletter', attribution: noAttribution }

const pendingMember: RecordBefore = { isMember: true, newsletter: false, status: 'PENDING', confirmedAt: null, sourceArticleId: null }
const activeMember: RecordBefore = { isMember: true, newsletter: false, status: 'ACTIVE', confirmedAt: firstConfirmed, sourceArticleId: 'article-a' }
const activeSubscriber: RecordBefore = { isMember: false, newsletter: true, status: 'ACTIVE', confirmedAt: firstConfirmed, sourceArticleId: 'article-a' }

describe('confirming a sign-up', () => {
  it('applies exactly the details its own sign-up asked for', () => {
    expect(confirmationUpdate(pendingMember, join(), now)).toMatchObject({
      status: 'ACTIVE',
      confirmedAt: now,
      name: 'Rosa Tester',
      amountPence: 2500,
      tier: { connect: { id: 'supporter' } },
      isMember: true,
    })
  })

  it("keeps a confirmed member's first confirmation date when they add the newsletter", () => {
    const update = confirmationUpdate(activeMember, newsletter, now)
    expect(update).not.toHaveProperty('confirmedAt')
    expect(update).toMatchObject({ status: 'ACTIVE', newsletter: true, unsubscribedAt: null })
    // Still a member: the newsletter is added, nothing taken away.
    expect(update).not.toHaveProperty('isMember')
  })

  it('keeps the first confirmation date of a subscriber who becomes a member, and credits the piece that brought the membership', () => {
    const update = confirmationUpdate(activeSubscriber, join(), now)
    expect(update).not.toHaveProperty('confirmedAt')
    expect(update).toMatchObject({ isMember: true, newsletter: true, sourceArticle: { connect: { id: 'article-b' } }, utmSource: 'mastodon' })
  })

  it('dates afresh a cancelled member who comes back', () => {
    expect(confirmationUpdate({ ...activeMember, status: 'CANCELLED' }, join(), now)).toMatchObject({ confirmedAt: now, status: 'ACTIVE' })
  })

  it('makes a newsletter-only confirmation a subscription, never an unconfirmed membership', () => {
    expect(confirmationUpdate(pendingMember, newsletter, now)).toMatchObject({ isMember: false, newsletter: true, status: 'ACTIVE' })
    expect(confirmationUpdate({ ...activeMember, status: 'CANCELLED' }, newsletter, now)).toMatchObject({ isMember: false })
  })

  it('keeps the piece that brought a pending membership, and takes the new one only when there was none', () => {
    expect(confirmationUpdate({ ...pendingMember, sourceArticleId: 'article-a' }, join(), now)).not.toHaveProperty('sourceArticle')
    expect(confirmationUpdate(pendingMember, join(), now)).toMatchObject({ sourceArticle: { connect: { id: 'article-b' } } })
    expect(confirmationUpdate(activeMember, join(), now)).not.toHaveProperty('sourceArticle')
  })

  it('keeps the newsletter of a confirmed subscriber who joins without ticking it', () => {
    expect(confirmationUpdate(activeSubscriber, join(false), now)).toMatchObject({ newsletter: true })
    expect(confirmationUpdate(pendingMember, join(false), now)).toMatchObject({ newsletter: false })
  })

  it('confirms a token from before payloads as the record stands', () => {
    expect(confirmationUpdate(pendingMember, null, now)).toEqual({ status: 'ACTIVE', confirmedAt: now })
    expect(requestedKind(null, true)).toBe('member')
    expect(requestedKind(null, false)).toBe('newsletter')
    expect(requestedKind(newsletter, true)).toBe('newsletter')
  })
})
