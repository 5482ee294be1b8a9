import { describe, expect, it } from 'vitest'
import { canBylineOtherStaff, canEditArticle, canManageStaff, canPublishArticle, canSubmitForReview, canViewMembers, mayOpenDashboardPath, type Actor, type ArticleOwnership } from './permissions'

const actor = (role: Actor['role'], id = role.toLowerCase()): Actor => ({ id, role, name: role, email: `${id}@x.test` })
const piece = (over: Partial<ArticleOwnership> = {}): ArticleOwnership => ({ createdById: 'someone-else', authorUserIds: [], status: 'DRAFT', ...over })

describe('who may do what with an article', () => {
  it('lets a contributor edit only their own draft, and never publish', () => {
    const c = actor('CONTRIBUTOR')
    expect(canEditArticle(c, piece({ createdById: c.id }))).toBe(true)
    expect(canEditArticle(c, piece({ createdById: c.id, status: 'IN_REVIEW' }))).toBe(false)
    expect(canEditArticle(c, piece())).toBe(false)
    expect(canPublishArticle(c, piece({ createdById: c.id }))).toBe(false)
    expect(canSubmitForReview(c, piece({ createdById: c.id }))).toBe(true)
  })
  it('lets a writer publish their own pieces, including ones they are a byline on, but not others’', () => {
    const w = actor('WRITER')
    expect(canPublishArticle(w, piece({ createdById: w.id }))).toBe(true)
    expect(canPublishArticle(w, piece({ authorUserIds: [w.id] }))).toBe(true)
    expect(canPublishArticle(w, piece())).toBe(false)
    expect(canEditArticle(w, piece())).toBe(false)
  })
  it('lets editors and admins edit and publish anyone’s piece', () => {
    for (const role of ['EDITOR', 'ADMIN'] as const) {
      expect(canEditArticle(actor(role), piece({ status: 'IN_REVIEW' }))).toBe(true)
      expect(canPublishArticle(actor(role), piece())).toBe(true)
    }
  })
  it('lets only editors and admins put another staff member on a byline', () => {
    expect(canBylineOtherStaff(actor('CONTRIBUTOR'))).toBe(false)
    expect(canBylineOtherStaff(actor('WRITER'))).toBe(false)
    expect(canBylineOtherStaff(actor('EDITOR'))).toBe(true)
    expect(canBylineOtherStaff(actor('ADMIN'))).toBe(true)
  })
  it('keeps staff management to admins', () => {
    expect(canManageStaff(actor('ADMIN'))).toBe(true)
    expect(canManageStaff(actor('EDITOR'))).toBe(false)
  })
  it('keeps members and the outbox (with its invitation links) to admins', () => {
    expect(canViewMembers(actor('ADMIN'))).toBe(true)
    for (const role of ['EDITOR', 'WRITER', 'CONTRIBUTOR'] as const) {
      expect(canViewMembers(actor(role))).toBe(false)
      expect(mayOpenDashboardPath(role, '/admin/outbox')).toBe(false)
      expect(mayOpenDashboardPath(role, '/admin/members')).toBe(false)
    }
  })
})

describe('which dashboard areas a role may open', () => {
  it('matches whole path segments, so a longer name is not caught by a shorter prefix', () => {
    expect(mayOpenDashboardPath('CONTRIBUTOR', '/admin/tags')).toBe(false)
    expect(mayOpenDashboardPath('CONTRIBUTOR', '/admin/tags/abc')).toBe(false)
    expect(mayOpenDashboardPath('CONTRIBUTOR', '/admin/tagsmith')).toBe(true)
    expect(mayOpenDashboardPath('CONTRIBUTOR', '/admin')).toBe(true)
    expect(mayOpenDashboardPath('CONTRIBUTOR', '/admin/media')).toBe(true)
  })
  it('keeps members, their tiers and the outbox to admins', () => {
    expect(mayOpenDashboardPath('EDITOR', '/admin/members')).toBe(false)
    expect(mayOpenDashboardPath('EDITOR', '/admin/members/tiers')).toBe(false)
    expect(mayOpenDashboardPath('ADMIN', '/admin/members')).toBe(true)
    expect(mayOpenDashboardPath('ADMIN', '/admin/members/tiers')).toBe(true)
    expect(mayOpenDashboardPath('ADMIN', '/admin/outbox')).toBe(true)
  })
  it('opens staff, settings and the audit log to admins only', () => {
    for (const path of ['/admin/staff', '/admin/settings', '/admin/audit']) {
      expect(mayOpenDashboardPath('EDITOR', path)).toBe(false)
      expect(mayOpenDashboardPath('ADMIN', path)).toBe(true)
    }
  })
})
