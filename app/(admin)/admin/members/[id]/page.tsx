import { requirePageAccess } from '@/lib/auth'
import { canViewMembers } from '@/lib/permissions'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { MemberStatusBadge, memberStatusLabel } from '@/components/membership/member-status-badge'
import { getMemberForStaff } from '@/lib/data/members'
import { formatDateTime } from '@/lib/format'
import { formatPence } from '@/lib/validation/member'
import { changeMemberStatus, eraseMember } from '../actions'
import { MembersNav } from '../members-nav'

export const metadata: Metadata = { title: 'Member' }

const notices: Record<string, { text: string; ok: boolean }> = {
  status: { text: 'Status changed.', ok: true },
  confirm: { text: 'Tick the box to confirm that you want to erase this member.', ok: false },
  forbidden: { text: 'You do not have permission to do that.', ok: false },
  missing: { text: 'That member no longer exists.', ok: false },
  failed: { text: 'Something went wrong and nothing changed. Try again in a moment.', ok: false },
}

export default async function MemberPage({ params, searchParams }: PageProps<'/admin/members/[id]'>) {
  await requirePageAccess(canViewMembers)
  const { id } = await params
  const { notice } = await searchParams
  const member = await getMemberForStaff(id)
  if (!member) notFound()
  const message = typeof notice === 'string' ? notices[notice] : undefined
  const rows: [string, React.ReactNode][] = [
    ['Email', member.email],
    ['Postcode', member.postcode || '—'],
    ['Type', member.isMember ? 'Member' : 'Newsletter only'],
    ['Tier', member.tier ? `${member.tier.name}${member.amountPence ? `, ${formatPence(member.amountPence)} a month` : ''}` : '—'],
    ['Newsletter', member.newsletter ? 'Yes' : 'No'],
    ['Status', <MemberStatusBadge key="s" status={member.status} />],
    ['Signed up', formatDateTime(member.createdAt)],
    ['Agreed to the privacy notice', member.consentAt ? formatDateTime(member.consentAt) : '—'],
    ['Confirmed email', member.confirmedAt ? formatDateTime(member.confirmedAt) : 'Not yet'],
    ['Unsubscribed', member.unsubscribedAt ? formatDateTime(member.unsubscribedAt) : '—'],
    [
      'Came from',
      member.sourceArticle ? (
        <a key="a" href={`/article/${member.sourceArticle.slug}`} className="underline">
          {member.sourceArticle.headline}
        </a>
      ) : (
        '—'
      ),
    ],
    ['Campaign', [member.utmSource, member.utmMedium, member.utmCampaign].filter(Boolean).join(' / ') || '—'],
  ]

  return (
    <>
      <h1 className="text-2xl font-bold">{member.name || member.email}</h1>
      <MembersNav canManage={member.canManage} />
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={`mb-4 rounded-sm border p-3 text-sm ${message.ok ? 'border-green-700' : 'border-accent'}`}>
          {message.text}
        </p>
      ) : null}
      <dl className="grid max-w-2xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>

      {member.canManage ? (
        <div className="mt-10 grid max-w-2xl gap-8">
          <form action={changeMemberStatus} className="flex flex-wrap items-end gap-3">
            <input type="hidden" name="memberId" value={member.id} />
            {/* Labels wrap their controls on this server-rendered page: an id would be on every copy Next keeps mounted. */}
            <label className="block text-sm font-semibold">
              Change status
              <select name="status" defaultValue={member.status} className="mt-1 block rounded-sm border border-rule bg-paper px-3 py-2 font-normal">
                {Object.entries(memberStatusLabel).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <button className="rounded-sm border border-ink px-4 py-2 font-semibold">Save status</button>
          </form>
          <form action={eraseMember} className="border-2 border-accent p-4">
            <h2 className="font-bold">Erase this member</h2>
            <p className="mt-1 text-sm">
              Deletes their record, their confirmation links and the emails we sent them, for good. Use it when someone asks to be forgotten. The audit log
              records that you did it, but not who they were.
            </p>
            <input type="hidden" name="memberId" value={member.id} />
            <label className="mt-3 flex items-center gap-2">
              <input name="confirm" type="checkbox" className="h-4 w-4" />
              Yes, erase this member permanently
            </label>
            <button className="mt-3 rounded-sm bg-accent px-4 py-2 font-semibold text-accent-ink">Erase member</button>
          </form>
        </div>
      ) : (
        <p className="mt-8 text-sm text-muted">Only administrators can change or erase members.</p>
      )}
    </>
  )
}
