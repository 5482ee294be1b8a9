// Role → capability. Pure functions: the data layer calls them on every action.
import type { Role, ArticleStatus } from '@/lib/generated/prisma/enums'

export type Actor = { id: string; role: Role; name: string; email: string }

/** What the role-only rules need: enough for the proxy, which knows a session's role but not the rest. */
export type RoleHolder = Pick<Actor, 'role'>

/** What a permission check needs to know about an article. */
export type ArticleOwnership = { createdById: string | null; authorUserIds: string[]; status: ArticleStatus }

const rank: Record<Role, number> = { CONTRIBUTOR: 0, WRITER: 1, EDITOR: 2, ADMIN: 3 }

export const atLeast = (actor: RoleHolder, role: Role) => rank[actor.role] >= rank[role]

export const isEditor = (actor: RoleHolder) => atLeast(actor, 'EDITOR')

export const ownsArticle = (actor: Actor, article: ArticleOwnership) =>
  article.createdById === actor.id || article.authorUserIds.includes(actor.id)

export const canCreateArticle = (_actor: Actor) => true

/** Contributors may edit their own piece only while it is a draft (or sent back to them). */
export function canEditArticle(actor: Actor, article: ArticleOwnership): boolean {
  if (isEditor(actor)) return true
  if (!ownsArticle(actor, article)) return false
  if (actor.role === 'WRITER') return true
  return article.status === 'DRAFT'
}

export const canSubmitForReview = (actor: Actor, article: ArticleOwnership) =>
  canEditArticle(actor, article) && (article.status === 'DRAFT' || article.status === 'UNPUBLISHED')

export function canPublishArticle(actor: Actor, article: ArticleOwnership): boolean {
  if (isEditor(actor)) return true
  return actor.role === 'WRITER' && ownsArticle(actor, article)
}

export const canScheduleArticle = (actor: Actor, article: ArticleOwnership) => canPublishArticle(actor, article)

export const canReviewArticles = (actor: RoleHolder) => isEditor(actor)

/**
 * Who may put a staff member other than themselves on a byline. A byline says who wrote a
 * piece, in public, and makes them one of its owners: writers and contributors credit themselves
 * and guests (outside contributors without a login), and keep whoever an editor has added.
 */
export const canBylineOtherStaff = (actor: RoleHolder) => isEditor(actor)

export const canDeleteArticle = (actor: Actor, article: ArticleOwnership) =>
  isEditor(actor) || (ownsArticle(actor, article) && article.status === 'DRAFT')

export const canManageTaxonomy = (actor: RoleHolder) => isEditor(actor)
export const canManageMedia = (actor: RoleHolder) => isEditor(actor)
export const canUploadMedia = (_actor: Actor) => true
export const canManageStaff = (actor: RoleHolder) => actor.role === 'ADMIN'
export const canManageSettings = (actor: RoleHolder) => actor.role === 'ADMIN'
// Members' names, addresses and postcodes, and the outbox (which holds every confirmation,
// unsubscribe and staff invitation link), are for administrators only: an editor who could read
// the outbox could set the password of a new administrator's account from its invitation.
export const canViewMembers = (actor: RoleHolder) => actor.role === 'ADMIN'
export const canManageMembers = (actor: RoleHolder) => actor.role === 'ADMIN'
export const canViewAuditLog = (actor: RoleHolder) => actor.role === 'ADMIN'
/** Revisions are kept for ever unless an administrator prunes old ones. */
export const canPruneRevisions = (actor: RoleHolder) => actor.role === 'ADMIN'

/**
 * Dashboard areas closed to some roles, longest prefix first. Each page re-checks its own
 * rule against the database; the proxy reads this table too, so a role that may not open
 * an area gets a real 403 before the page starts streaming (e2e/dashboard-access.spec.ts).
 */
export const restrictedDashboardAreas: { prefix: string; allowed: (actor: RoleHolder) => boolean }[] = [
  { prefix: '/admin/members/tiers', allowed: canManageMembers },
  { prefix: '/admin/members', allowed: canViewMembers },
  { prefix: '/admin/outbox', allowed: canViewMembers },
  { prefix: '/admin/staff', allowed: canManageStaff },
  { prefix: '/admin/settings', allowed: canManageSettings },
  { prefix: '/admin/audit', allowed: canViewAuditLog },
  { prefix: '/admin/review', allowed: canReviewArticles },
  { prefix: '/admin/tags', allowed: canManageTaxonomy },
  { prefix: '/admin/sections', allowed: canManageTaxonomy },
  { prefix: '/admin/authors', allowed: canManageTaxonomy },
]

/** False when `pathname` lies in a dashboard area this role may not open. */
export function mayOpenDashboardPath(role: Role, pathname: string): boolean {
  const area = restrictedDashboardAreas.find((a) => pathname === a.prefix || pathname.startsWith(`${a.prefix}/`))
  return area ? area.allowed({ role }) : true
}

export const roleLabel: Record<Role, string> = {
  CONTRIBUTOR: 'Contributor',
  WRITER: 'Writer',
  EDITOR: 'Editor',
  ADMIN: 'Administrator',
}
