import type { ArticleStatus } from '@/lib/generated/prisma/enums'

const labels: Record<ArticleStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
  UNPUBLISHED: 'Unpublished',
}

const styles: Record<ArticleStatus, string> = {
  DRAFT: 'border-rule',
  IN_REVIEW: 'border-amber-600',
  SCHEDULED: 'border-sky-700',
  PUBLISHED: 'border-green-700',
  UNPUBLISHED: 'border-muted',
}

export function StatusBadge({ status }: { status: ArticleStatus }) {
  return <span className={`inline-block rounded-sm border-2 px-2 py-0.5 text-xs font-semibold ${styles[status]}`}>{labels[status]}</span>
}

export const statusLabel = labels
