import { requirePageAccess } from '@/lib/auth'
import { canViewAuditLog } from '@/lib/permissions'
import type { Metadata } from 'next'
import { AdminPager, AdminTable } from '@/components/admin/admin-table'
import { listAuditLog } from '@/lib/data/audit'
import { formatDateTime } from '@/lib/format'

export const metadata: Metadata = { title: 'Audit log' }

const filters = [
  { value: '', label: 'Everything' },
  { value: 'auth.', label: 'Sign-ins' },
  { value: 'article.', label: 'Publishing' },
  { value: 'staff.', label: 'Staff accounts' },
  { value: 'settings.', label: 'Settings' },
  { value: 'member.', label: 'Members' },
  { value: 'terms', label: 'Tags, sections and authors', prefixes: ['tag.', 'section.', 'author.'] },
]

export default async function AuditPage({ searchParams }: PageProps<'/admin/audit'>) {
  await requirePageAccess(canViewAuditLog)
  const params = await searchParams
  const action = typeof params.action === 'string' && filters.some((f) => f.value === params.action) ? params.action : ''
  const page = Math.max(1, Number(params.page) || 1)
  const { entries, total, pageCount } = await listAuditLog({ action: filters.find((f) => f.value === action)?.prefixes ?? action, page })
  return (
    <>
      <h1 className="text-2xl font-bold">Audit log</h1>
      <nav aria-label="Filter the log" className="mt-4 flex flex-wrap gap-3 text-sm">
        {filters.map((f) => (
          <a key={f.value} href={f.value ? `/admin/audit?action=${f.value}` : '/admin/audit'} aria-current={f.value === action ? 'page' : undefined} className={f.value === action ? 'font-bold' : 'underline'}>
            {f.label}
          </a>
        ))}
      </nav>
      <p className="mt-3 text-sm text-muted">{total} entries</p>
      <AdminTable columns={['When', 'Who', 'What', 'Subject', 'From']}>
        {entries.map((e) => (
          <tr key={e.id}>
            <td className="whitespace-nowrap">{formatDateTime(e.createdAt)}</td>
            <td>{e.actor?.name ?? (e.actorEmail || '—')}</td>
            <td className="font-mono text-xs">{e.action}</td>
            <td>
              {e.subject}
              {e.detail && Object.keys(e.detail as object).length ? <span className="block text-xs text-muted">{JSON.stringify(e.detail)}</span> : null}
            </td>
            <td className="text-xs">{e.ip}</td>
          </tr>
        ))}
      </AdminTable>
      <AdminPager page={page} pageCount={pageCount} href={(n) => `/admin/audit?${new URLSearchParams({ ...(action && { action }), page: String(n) })}`} />
    </>
  )
}
