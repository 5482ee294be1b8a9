import type { Metadata } from 'next'
import { buttonClass, InvalidLink, NoticePage } from '@/components/membership/notice-page'
import { getMemberByLink } from '@/lib/data/members'
import { getSiteSettings } from '@/lib/data/settings'

export const metadata: Metadata = { title: 'Delete your data' }

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v.slice(0, 200) : '')

export default async function DeletePage({ searchParams }: PageProps<'/membership/delete'>) {
  const params = await searchParams
  const [m, t] = [one(params.m), one(params.t)]
  const [member, { siteName }] = await Promise.all([getMemberByLink('delete', m, t), getSiteSettings()])
  if (!member) return <InvalidLink />
  return (
    <NoticePage title="Delete your data">
      <p>
        This permanently deletes everything {siteName} holds about <strong className="break-all">{member.email}</strong>: your name, address details,
        {member.isMember ? ' membership,' : ''} newsletter subscription and the emails we sent you. It cannot be undone.
      </p>
      {member.isMember && member.status === 'ACTIVE' ? <p>Your membership ends with it. If you pay dues by Direct Debit, cancel it with your bank as well.</p> : null}
      <form method="post" action={`/membership/delete/confirm?m=${encodeURIComponent(m)}&t=${encodeURIComponent(t)}`}>
        <button type="submit" className={buttonClass}>
          Delete my data
        </button>
      </form>
    </NoticePage>
  )
}
