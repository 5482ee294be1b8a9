import { requirePageAccess } from '@/lib/auth'
import { canViewMembers } from '@/lib/permissions'
import type { Metadata } from 'next'
import Link from 'next/link'
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
        <div>
          <label htmlFor="q" className="block text-sm font-semibold">
            Search name, email or postcode
          </label>
          <input id="q" name="q" type="search" defaultValue={filters.q} className="mt-1 rounded-sm border border-rule bg-paper px-3 py-2" />
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-semibold">
            Status
          </label>
          <select id="status" name="status" defaultValue={filters.status} className="mt-1 rounded-sm border border-rule bg-paper px-3 py-2">
            <option value="">All</option>
            {Object.entries(memberStatusLabel).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="tier" className="block text-sm font-semibold">
            Tier
          </label>
          <select id="tier" name="tier" defaultValue={filters.tier} className="mt-1 rounded-sm border border-rule bg-paper px-3 py-2">
            <option value="">All</option>
            {tiers.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="kind" className="block text-sm font-semibold">
            Type
          </label>
          <select id="kind" name="kind" defaultValue={filters.kind} className="mt-1 rounded-sm border border-rule bg-paper px-3 py-2">
            <option value="">Members and subscribers</option>
            <option value="member">Members</option>
            <option value="newsletter">Newsletter only</option>
          </select>
        </div>
        <button className="rounded-sm border border-ink px-4 py-2 font-semibold">Filter</button>
      </form>
      <p className="mt-4 text-sm text-muted">{total === 1 ? '1 person' : `${total} people`}</p>
      <div className="overflow-x-auto">
        <table className="mt-2 w-full border-collapse text-sm">
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-3">Name</th>
              <th scope="col" className="py-2 pr-3">Email</th>
              <th scope="col" className="py-2 pr-3">Tier</th>
              <th scope="col" className="py-2 pr-3">Status</th>
              <th scope="col" className="py-2 pr-3">Signed up</th>
              <th scope="col" className="py-2 pr-3">Came from</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id} className="border-b border-rule align-top">
                <td className="py-2 pr-3">
                  <Link href={`/admin/members/${m.id}`} className="font-semibold underline">
                    {m.name || '(newsletter only)'}
                  </Link>
                </td>
                <td className="py-2 pr-3 break-all">{m.email}</td>
                <td className="py-2 pr-3">
                  {m.isMember ? (m.tier?.name ?? '—') : 'Newsletter'}
                  {m.isMember && m.amountPence ? <span className="block text-xs text-muted">{formatPence(m.amountPence)} a month</span> : null}
                </td>
                <td className="py-2 pr-3">
                  <MemberStatusBadge status={m.status} />
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">{formatDate(m.createdAt)}</td>
                <td className="py-2 pr-3">{m.sourceArticle ? m.sourceArticle.headline : <span className="text-muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {members.length === 0 ? <p className="mt-4">No one matches these filters.</p> : null}
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex flex-wrap gap-3 text-sm">
          {page > 1 ? (
            <Link href={`/admin/members?${query({ page: String(page - 1) })}`} className="underline">
              Previous
            </Link>
          ) : null}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link href={`/admin/members?${query({ page: String(page + 1) })}`} className="underline">
              Next
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  )
}
