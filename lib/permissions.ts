// Role → capability. Pure functions: the data layer calls them on every action.
import type { Role, ArticleStatus } from '@/lib/generated/prisma/enums'

export type Actor = { id: string; role: Role; name: string; email: string }

/** What a permission check needs to know about an article. */
export type ArticleOwnership = { createdById: string | null; authorUserIds: string[]; status: ArticleStatus }

const rank: Record<Role, number> = { CONTRIBUTOR: 0, WRITER: 1, EDITOR: 2, ADMIN: 3 }

export const atLeast = (actor: Actor, role: Role) => rank[actor.role] >= rank[role]

export const isEditor = (actor: Actor) => atLeast(actor, 'EDITOR')

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

export const canReviewArticles = (actor: Actor) => isEditor(actor)

export const canDeleteArticle = (actor: Actor, article: ArticleOwnership) =>
  isEditor(actor) || (ownsArticle(actor, article) && article.status === 'DRAFT')

export const canManageTaxonomy = (actor: Actor) => isEditor(actor)
export const canManageMedia = (actor: Actor) => isEditor(actor)
export const canUploadMedia = (_actor: Actor) => true
export const canManageStaff = (actor: Actor) => actor.role === 'ADMIN'
export const canManageSettings = (actor: Actor) => actor.role === 'ADMIN'
export const canViewMembers = (actor: Actor) => isEditor(actor)
export const canManageMembers = (actor: Actor) => actor.role === 'ADMIN'
export const canViewAuditLog = (actor: Actor) => actor.role === 'ADMIN'

export const roleLabel: Record<Role, string> = {
  CONTRIBUTOR: 'Contributor',
  WRITER: 'Writer',
  EDITOR: 'Editor',
  ADMIN: 'Administrator',
}
