import type { MemberStatus } from '@/lib/generated/prisma/enums'

export const memberStatusLabel: Record<MemberStatus, string> = { PENDING: 'Awaiting confirmation', ACTIVE: 'Active', CANCELLED: 'Cancelled' }

const styles: Record<MemberStatus, string> = { PENDING: 'border-amber-600', ACTIVE: 'border-green-700', CANCELLED: 'border-muted' }

export function MemberStatusBadge({ status }: { status: MemberStatus }) {
  return <span className={`inline-block rounded-sm border-2 px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${styles[status]}`}>{memberStatusLabel[status]}</span>
}
