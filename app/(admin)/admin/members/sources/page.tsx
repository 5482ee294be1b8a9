import { requirePageAccess } from '@/lib/auth'
import { canViewMembers } from '@/lib/permissions'
import type { Metadata } from 'next'
import Link from 'next/link'
import { getActor } from '@/lib/auth'
import { listSignupsByArticle } from '@/lib/data/members'
import { canManageMembers } from '@/lib/permissions'
import { MembersNav } from '../members-nav'

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
      <div className="overflow-x-auto">
        <table className="mt-4 w-full border-collapse text-sm">
          <caption className="sr-only">Sign-ups credited to each article</caption>
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-3">Article</th>
              <th scope="col" className="py-2 pr-3 text-right">Active members</th>
              <th scope="col" className="py-2 pr-3 text-right">Awaiting confirmation</th>
              <th scope="col" className="py-2 pr-3 text-right">Newsletter only</th>
              <th scope="col" className="py-2 pr-3 text-right">All sign-ups</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-rule">
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  <Link href={`/article/${r.slug}`} className="underline">
                    {r.headline}
                  </Link>
                </th>
                <td className="py-2 pr-3 text-right tabular-nums">{r.activeMembers}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{r.pendingMembers}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{r.subscribers}</td>
                <td className="py-2 pr-3 text-right font-semibold tabular-nums">{r.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 ? <p className="mt-4">No sign-ups have come from an article yet.</p> : null}
    </>
  )
}
