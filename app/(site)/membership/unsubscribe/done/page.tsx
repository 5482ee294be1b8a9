import type { Metadata } from 'next'
import { InvalidLink, NoticePage } from '@/components/membership/notice-page'
import { getMemberByLink } from '@/lib/data/members'
import { memberLinkQuery } from '@/lib/mail/member-links'

export const metadata: Metadata = { title: 'Unsubscribed' }

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v.slice(0, 200) : '')

export default async function UnsubscribedPage({ searchParams }: PageProps<'/membership/unsubscribe/done'>) {
  const params = await searchParams
  const m = one(params.m)
  const member = await getMemberByLink('unsubscribe', m, one(params.t))
  if (!member) return <InvalidLink />
  return (
    <NoticePage title="You're unsubscribed">
      <p>
        We will not send newsletters to <strong className="break-all">{member.email}</strong> any more.
        {member.isMember && member.status === 'ACTIVE' ? ' Your membership carries on; thank you for it.' : ''}
      </p>
      <p className="font-sans text-base">
        Want us to forget you completely?{' '}
        <a href={`/membership/delete?${memberLinkQuery('delete', m)}`} className="underline">
          Delete everything we hold about you
        </a>
        .
      </p>
    </NoticePage>
  )
}
