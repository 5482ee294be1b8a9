// POST /membership/confirm/submit — uses a confirmation link (once) and opens the welcome page.
import { confirmSignup } from '@/lib/data/members'
import { memberLinkQuery } from '@/lib/mail/member-links'
import { seeOther } from '@/lib/membership/http'

export async function POST(request: Request) {
  const formData = await request.formData().catch(() => null)
  const token = String(formData?.get('token') ?? '').slice(0, 200)
  const result = await confirmSignup(token)
  // A used, replaced, expired or unknown link goes back to the link's page, which says which it is.
  if (!result.ok) return seeOther(`/membership/confirm?token=${encodeURIComponent(token)}`)
  // The welcome page speaks of what this link confirmed, which is signed into its address.
  const expires = new Date(Date.now() + 24 * 60 * 60 * 1000)
  const welcome =
    result.kind === 'newsletter' ? `${memberLinkQuery('welcome-newsletter', result.memberId, expires)}&for=newsletter` : memberLinkQuery('welcome', result.memberId, expires)
  return seeOther(`/membership/welcome?${welcome}`)
}
