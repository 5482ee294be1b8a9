import type { Metadata } from 'next'
import { NoticeLink, NoticePage } from '@/components/membership/notice-page'
import { getWelcome } from '@/lib/data/members'
import { getSiteSettings } from '@/lib/data/settings'
import { formatPence } from '@/lib/validation/member'

export const metadata: Metadata = { title: 'Welcome' }

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v.slice(0, 200) : '')

export default async function WelcomePage({ searchParams }: PageProps<'/membership/welcome'>) {
  const params = await searchParams
  // What was confirmed: the newsletter (by a member, too) or a membership.
  const kind = one(params.for) === 'newsletter' ? 'newsletter' : 'member'
  const [member, settings] = await Promise.all([getWelcome(one(params.m), one(params.t), kind), getSiteSettings()])

  if (!member) {
    return (
      <NoticePage title={`Welcome to ${settings.siteName}`}>
        <p>Your email address is confirmed. Thank you for joining us.</p>
        <NoticeLink href="/">Read the latest</NoticeLink>
      </NoticePage>
    )
  }

  if (kind === 'newsletter' || !member.isMember) {
    return (
      <NoticePage title="You're subscribed">
        <p>Thank you. The {settings.siteName} newsletter will arrive every Friday. Every issue has a link to stop it in one click.</p>
        {member.isMember ? (
          <p>Your membership carries on just as before. Thank you for it.</p>
        ) : (
          <p>
            Want to do more? Our journalism is paid for by members.{' '}
            <a href="/join" className="underline">
              Become a member
            </a>
            .
          </p>
        )}
      </NoticePage>
    )
  }

  return (
    <NoticePage title={`Welcome, ${member.name}`}>
      <p>
        Your {settings.siteName} membership is confirmed{member.tier ? ` as a ${member.tier.name} member` : ''}
        {member.amountPence ? ` at ${formatPence(member.amountPence)} a month` : ''}. Thank you: members are what keep our reporting free for everyone to read.
      </p>
      <section aria-labelledby="next-steps" className="border-t-4 border-accent bg-panel p-5">
        <h2 id="next-steps" className="font-sans text-xl font-bold">
          What happens next
        </h2>
        <ol className="mt-3 list-decimal space-y-3 pl-6">
          <li>
            <strong className="font-sans">Your dues.</strong>{' '}
            {settings.duesText || 'We will be in touch by email to set up your monthly dues. Nothing is taken until you have agreed how to pay.'}
          </li>
          <li>
            <strong className="font-sans">Your email.</strong>{' '}
            {member.newsletter
              ? 'The members’ newsletter arrives every Friday; every issue has a one-click unsubscribe link.'
              : 'We will only email you about your membership. You can ask for the newsletter any time on the newsletter page.'}
          </li>
          <li>
            <strong className="font-sans">Spread the word.</strong> Share a piece you liked with a friend: most of our members found us that way.
          </li>
        </ol>
      </section>
      <NoticeLink href="/">Read the latest from {settings.siteName}</NoticeLink>
    </NoticePage>
  )
}
