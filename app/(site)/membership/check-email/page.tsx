import type { Metadata } from 'next'
import { NoticeLink, NoticePage } from '@/components/membership/notice-page'

export const metadata: Metadata = { title: 'Check your email' }

// Deliberately the same for every sign-up, whether or not we already knew the address.
export default function CheckEmailPage() {
  return (
    <NoticePage title="Check your email">
      <p>Thank you. We have sent an email to the address you gave. Open it and press the button inside to confirm.</p>
      <p>The link works for 48 hours. If nothing arrives within a few minutes, look in your spam or promotions folder.</p>
      <NoticeLink href="/">Back to the front page</NoticeLink>
    </NoticePage>
  )
}
