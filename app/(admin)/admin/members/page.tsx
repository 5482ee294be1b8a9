import { requirePageAccess } from '@/lib/auth'
import { canViewMembers } from '@/lib/permissions'
import type { Metadata } from 'next'
import { AdminPager, AdminTable } from '@/components/admin/admin-table'
import { FilterSelect, SearchFilter } from '@/components/admin/filter-fields'
import { MemberStatusBadge, memberStatusLabel } from '@/components/membership/member-status-badge'
import { listMembers } from '@/lib/data/members'
import { formatDate } from '@/lib/format'
import { formatPence } from '@/lib/validation/member'
import { MembersNav } from './members-nav'

export const metadata: Metadata = { title: 'Members' }

const notices: Record<string, { text: string; ok: boolean }> = {
  erased: { text: 'The member was erased. The audit log records that you did it.', ok: true },
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '')

export default async function MembersPage({ searchParams }: PageProps<'/admin/members'>) {
  await requirePageAccess(canViewMembers)
  const params = await searchParams
  const filters = { status: one(params.status), tier: one(params.tier), kind: one(params.kind), q: one(params.q) }
  const { members, total, page, pageCount, tiers, canManage } = await listMembers({ ...filters, page: Number(one(params.page)) || 1 })
  const query = (extra: Record<string, string>) => new URLSearchParams(Object.entries({ ...filters, ...extra }).filter(([, v]) => v)).toString()
  const notice = notices[one(params.notice)]

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Members</h1>
        {canManage ? (
          <a href={`/admin/members/export.csv?${query({})}`} className="rounded-sm bg-ink px-4 py-2 font-semibold text-paper" download>
            Export CSV
          </a>
        ) : null}
      </div>
      <MembersNav canManage={canManage} />
      {notice ? (
        <p role="status" className="mb-4 rounded-sm border border-green-700 p-3 text-sm">
          {notice.text}
        </p>
      ) : null}
      <form className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter members">
        <SearchFilter label="Search name, email or postcode" value={filters.q} />
        <FilterSelect name="status" label="Status" value={filters.status} options={Object.entries(memberStatusLabel).map(([value, label]) => ({ value, label }))} />
        <FilterSelect name="tier" label="Tier" value={filters.tier} options={tiers.map((t) => ({ value: t.id, label: t.name }))} />
        <FilterSelect
          name="kind"
          label="Type"
          value={filters.kind}
          everything="Members and subscribers"
          options={[
            { value: 'member', label: 'Members' },
            { value: 'newsletter', label: 'Newsletter only' },
          ]}
        />
        <button className="rounded-sm border border-ink px-4 py-2 font-semibold">Filter</button>
      </form>
      <p className="mt-4 text-sm text-muted">{total === 1 ? '1 person' : `${total} people`}</p>
      <AdminTable columns={['Name', 'Email', 'Tier', 'Status', 'Signed up', 'Came from']}>
        {members.map((m) => (
          <tr key={m.id}>
            <td>
              <a href={`/admin/members/${m.id}`} className="font-semibold underline">
                {m.name || '(newsletter only)'}
              </a>
            </td>
            <td className="break-all">{m.email}</td>
            <td>
              {m.isMember ? (m.tier?.name ?? '—') : 'Newsletter'}
              {m.isMember && m.amountPence ? <span className="block text-xs text-muted">{formatPence(m.amountPence)} a month</span> : null}
            </td>
            <td>
              <MemberStatusBadge status={m.status} />
            </td>
            <td className="whitespace-nowrap">{formatDate(m.createdAt)}</td>
            <td>{m.sourceArticle ? m.sourceArticle.headline : <span className="text-muted">—</span>}</td>
          </tr>
        ))}
      </AdminTable>
      {members.length === 0 ? <p className="mt-4">No one matches these filters.</p> : null}
      <AdminPager page={page} pageCount={pageCount} href={(n) => `/admin/members?${query({ page: String(n) })}`} />
    </>
  )
}
