import type { Metadata } from 'next'
import { NoticeLink, NoticePage } from '@/components/membership/notice-page'

export const metadata: Metadata = { title: 'Your data has been deleted' }

export default function DeletedPage() {
  return (
    <NoticePage title="Your data has been deleted">
      <p>We have erased your details, your membership or subscription, and the emails we sent you. We will not contact you again.</p>
      <p>You are always welcome back.</p>
      <NoticeLink href="/">Go to the front page</NoticeLink>
    </NoticePage>
  )
}
