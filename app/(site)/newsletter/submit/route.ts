// POST /newsletter/submit — the newsletter form on /newsletter and in the site footer.
// Same answers as /join/submit: 303 onward, 303 back with the address kept, or 429.
import { randomUUID } from 'node:crypto'
import { requestIp } from '@/lib/request-ip'
import { hitSignupLimits, requestSignup } from '@/lib/data/members'
import { checkFormToken } from '@/lib/form-security'
import { seeOther, tooManySignups } from '@/lib/membership/http'
import { fieldErrorsOf, type FieldErrors, newsletterSchema, readNewsletterForm } from '@/lib/validation/member'

const expiredMessage = 'For your security this form only stays open for an hour. Check your address and press Subscribe again.'

export async function POST(request: Request) {
  const formData = await request.formData().catch(() => null)
  if (!formData) return seeOther('/newsletter')
  if (String(formData.get('website') ?? '') !== '') return seeOther('/membership/check-email')

  const values = readNewsletterForm(formData)
  const token = checkFormToken('newsletter', formData.get('formToken') as string | null)
  const parsed = newsletterSchema.safeParse(values)
  const back = (fieldErrors: FieldErrors, message?: string, confirm?: boolean) => {
    const id = randomUUID()
    return seeOther(`/newsletter?retry=${id}`, { flash: { id, form: 'newsletter', values, fieldErrors, message, confirm } })
  }
  if (!parsed.success) {
    return back(fieldErrorsOf(parsed.error), token.ok || token.reason !== 'expired' ? undefined : expiredMessage)
  }
  if (!token.ok) {
    // The footer sits on cached pages and carries no token: a calm request to press Subscribe on
    // /newsletter, which has one, with the address kept (not an error: nothing was wrong).
    return token.reason === 'expired' ? back({}, expiredMessage) : back({}, undefined, true)
  }

  const limit = await hitSignupLimits(parsed.data.email, requestIp(request.headers))
  if (!limit.allowed) return tooManySignups(limit.retryAfterSeconds, { href: '/newsletter', label: 'Back to the newsletter page' })

  try {
    await requestSignup({ kind: 'newsletter', input: parsed.data })
  } catch (error) {
    console.error('[newsletter] sign-up failed', error)
    return back({}, 'Something went wrong on our side and nothing was sent. Please try again in a moment.')
  }
  return seeOther('/membership/check-email', { clearFlash: true })
}
