import type { Metadata } from 'next'
import { buttonClass, InvalidLink, NoticePage } from '@/components/membership/notice-page'
import { getMemberByLink } from '@/lib/data/members'
import { getSiteSettings } from '@/lib/data/settings'
import { formatDate } from '@/lib/format'
import { memberLinkQuery } from '@/lib/mail/member-links'

export const metadata: Metadata = { title: 'Unsubscribe' }

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v.slice(0, 200) : '')

/** Opening an unsubscribe link shows a button; link scanners open links, people press buttons. */
export default async function UnsubscribePage({ searchParams }: PageProps<'/membership/unsubscribe'>) {
  const params = await searchParams
  const [m, t] = [one(params.m), one(params.t)]
  const [member, { siteName }] = await Promise.all([getMemberByLink('unsubscribe', m, t), getSiteSettings()])
  if (!member) return <InvalidLink />

  const deleteLink = (
    <p className="font-sans text-base">
      Would you rather we forgot you completely?{' '}
      <a href={`/membership/delete?${memberLinkQuery('delete', m)}`} className="underline">
        Delete everything we hold about you
      </a>
      .
    </p>
  )

  if (member.unsubscribedAt && !member.newsletter) {
    return (
      <NoticePage title="You're already unsubscribed">
        <p>
          We stopped emails to <strong className="break-all">{member.email}</strong> on {formatDate(member.unsubscribedAt)}, and there is nothing more to do.
          {member.isMember && member.status === 'ACTIVE' ? ' You are still a member; we only write about your membership itself.' : ''}
        </p>
        <p className="font-sans text-base">
          Changed your mind?{' '}
          <a href="/newsletter" className="underline">
            Sign up for the newsletter again
          </a>
          .
        </p>
        {deleteLink}
      </NoticePage>
    )
  }

  return (
    <NoticePage title="Unsubscribe">
      <p>
        Stop emails from {siteName} to <strong className="break-all">{member.email}</strong>?
        {member.isMember && member.status === 'ACTIVE' ? ' You will stay a member; we will only write about your membership itself.' : ''}
      </p>
      <form method="post" action={`/membership/unsubscribe/one-click?m=${encodeURIComponent(m)}&t=${encodeURIComponent(t)}`}>
        <button type="submit" className={buttonClass}>
          Unsubscribe
        </button>
      </form>
      {deleteLink}
    </NoticePage>
  )
}
