import { requirePageAccess } from '@/lib/auth'
import { canViewMembers } from '@/lib/permissions'
import type { Metadata } from 'next'
import { listOutbox } from '@/lib/data/outbox'
import { formatDateTime } from '@/lib/format'

export const metadata: Metadata = { title: 'Outbox' }

export default async function OutboxPage({ searchParams }: PageProps<'/admin/outbox'>) {
  await requirePageAccess(canViewMembers)
  const { page: rawPage } = await searchParams
  const page = Number(typeof rawPage === 'string' ? rawPage : 1) || 1
  const { emails, total, pageCount } = await listOutbox(page)
  return (
    <>
      <h1 className="text-2xl font-bold">Outbox</h1>
      <p className="mt-2 max-w-prose text-sm text-muted">
        Email the site could not send: everything, while no SMTP server is configured (set <code>SMTP_URL</code>), and anything the SMTP server refused.
        Newest first. {total === 1 ? '1 message.' : `${total} messages.`}{' '}
        <a href="/admin/members" className="underline">
          Back to members
        </a>
      </p>
      <ol className="mt-6 space-y-4">
        {emails.map((e) => (
          <li key={e.id} className="rounded-sm border border-rule p-4">
            <details>
              <summary className="cursor-pointer">
                <span className="font-semibold">{e.subject}</span> <span className="text-sm text-muted">to {e.to}</span>{' '}
                <span className="text-sm text-muted">· {formatDateTime(e.createdAt)}</span>
                {e.headers['X-Broadside-Delivery'] === 'failed' ? <span className="ml-2 text-sm font-semibold text-accent">SMTP delivery failed</span> : null}
              </summary>
              <pre className="mt-3 overflow-x-auto text-sm whitespace-pre-wrap">{e.text}</pre>
            </details>
          </li>
        ))}
      </ol>
      {emails.length === 0 ? <p className="mt-4">The outbox is empty.</p> : null}
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex gap-3 text-sm">
          {page > 1 ? <a href={`/admin/outbox?page=${page - 1}`} className="underline">Newer</a> : null}
          {page < pageCount ? <a href={`/admin/outbox?page=${page + 1}`} className="underline">Older</a> : null}
        </nav>
      ) : null}
    </>
  )
}
