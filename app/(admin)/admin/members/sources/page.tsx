import { requirePageAccess } from '@/lib/auth'
import { canViewMembers } from '@/lib/permissions'
import type { Metadata } from 'next'
import { getActor } from '@/lib/auth'
import { listSignupsByArticle } from '@/lib/data/members'
import { canManageMembers } from '@/lib/permissions'
import { MembersNav } from '../members-nav'
import { AdminTable } from '@/components/admin/admin-table'

export const metadata: Metadata = { title: 'Sign-ups by article' }

export default async function SignupSourcesPage() {
  await requirePageAccess(canViewMembers)
  const [rows, actor] = await Promise.all([listSignupsByArticle(), getActor()])
  return (
    <>
      <h1 className="text-2xl font-bold">Sign-ups by article</h1>
      <MembersNav canManage={Boolean(actor && canManageMembers(actor))} />
      <p className="max-w-prose text-sm text-muted">
        Each sign-up that came through an article&rsquo;s &ldquo;Before you go&rdquo; box (or a link to /join or /newsletter with <code>?from=</code> the
        article&rsquo;s slug) is credited to that article.
      </p>
      <AdminTable columns={['Article', { label: 'Active members', align: 'right' }, { label: 'Awaiting confirmation', align: 'right' }, { label: 'Newsletter only', align: 'right' }, { label: 'All sign-ups', align: 'right' }]} caption="Sign-ups credited to each article" className="mt-4">
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row" className="text-left font-normal">
              <a href={`/article/${r.slug}`} className="underline">
                {r.headline}
              </a>
            </th>
            <td className="text-right tabular-nums">{r.activeMembers}</td>
            <td className="text-right tabular-nums">{r.pendingMembers}</td>
            <td className="text-right tabular-nums">{r.subscribers}</td>
            <td className="text-right font-semibold tabular-nums">{r.total}</td>
          </tr>
        ))}
      </AdminTable>
      {rows.length === 0 ? <p className="mt-4">No sign-ups have come from an article yet.</p> : null}
    </>
  )
}
