import type { Metadata } from 'next'
import { buttonClass, LinkNoticePage, NoticeLink, NoticePage } from '@/components/membership/notice-page'
import { checkConfirmationToken } from '@/lib/data/members'
import { unknownConfirmationLink } from '@/lib/membership/link-notices'
import { formatPence } from '@/lib/validation/member'

export const metadata: Metadata = { title: 'Confirm your email' }

/**
 * Opening the link only shows a button: mail scanners open every link in a message, and a
 * sign-up must be confirmed by the person, not by their spam filter. Nothing changes on a GET.
 */
export default async function ConfirmPage({ searchParams }: PageProps<'/membership/confirm'>) {
  const { token: raw } = await searchParams
  const token = typeof raw === 'string' ? raw.slice(0, 200) : ''
  const { state, request } = await checkConfirmationToken(token)
  const isMember = request?.kind === 'member'
  const what = isMember ? 'membership' : 'newsletter subscription'

  if (state === 'used') {
    return (
      <NoticePage title="This link has already been used">
        <p>Each confirmation link works once, and this one has been used, so there is nothing more to do. If you have confirmed, you are all set.</p>
        <NoticeLink href="/">Go to the front page</NoticeLink>
      </NoticePage>
    )
  }
  if (state === 'superseded') {
    return (
      <NoticePage title="This link has been replaced">
        <p>
          We sent more than one confirmation email to this address, and another of them has already been confirmed, so this link no longer does anything.
          The details in that other email are the ones we hold.
        </p>
        <p>If you meant to confirm the {what} in this email instead, sign up again and use the link in the newest email we send you.</p>
        <SignUpAgain isMember={isMember} />
      </NoticePage>
    )
  }
  if (state === 'expired') {
    return (
      <NoticePage title="This link has expired">
        <p>Confirmation links work for 48 hours, and this one is older than that, so it cannot confirm anything now.</p>
        <p>Sign up again and we will send you a new link straight away.</p>
        <SignUpAgain isMember={isMember} />
      </NoticePage>
    )
  }
  // proxy.ts answers an unknown link first, with a 404; this is for one that got past it.
  if (state === 'unknown') return <LinkNoticePage notice={unknownConfirmationLink} />
  return (
    <NoticePage title={`Confirm your ${what}`}>
      {isMember && request ? (
        <p>
          You are joining as <strong>{request.name}</strong>
          {request.tierName ? `, a ${request.tierName} member` : ''}
          {request.amountPence ? ` at ${formatPence(request.amountPence)} a month` : ''}.
        </p>
      ) : null}
      <p>One last step: press the button to confirm that this is your email address.</p>
      <form method="post" action="/membership/confirm/submit">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={buttonClass}>
          {isMember ? 'Confirm my membership' : 'Confirm my subscription'}
        </button>
      </form>
    </NoticePage>
  )
}

/** The way back when a link can do nothing: to the form it came from. */
function SignUpAgain({ isMember }: { isMember: boolean }) {
  return (
    <NoticeLink href={isMember ? '/join' : '/newsletter'}>{isMember ? 'Join again' : 'Subscribe again'}</NoticeLink>
  )
}
