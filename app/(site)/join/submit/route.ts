// POST /join/submit — the join form. A route handler rather than a server action so that each
// answer has its real status: 303 to the next page, 303 back to the form (values kept in a sealed
// cookie) when something needs fixing, 429 when the sign-up limits are reached.
import { randomUUID } from 'node:crypto'
import { requestIp } from '@/lib/request-ip'
import { hitSignupLimits, requestSignup } from '@/lib/data/members'
import { getSiteSettings } from '@/lib/data/settings'
import { listActiveTiers } from '@/lib/data/tiers'
import { checkFormToken } from '@/lib/form-security'
import { seeOther, tooManySignups } from '@/lib/membership/http'
import { parseJoinForm, readJoinForm, type FieldErrors } from '@/lib/validation/member'

export async function POST(request: Request) {
  const formData = await request.formData().catch(() => null)
  if (!formData) return seeOther('/join')
  // Bots fill every field; people never see this one. Answer as if it worked.
  if (String(formData.get('website') ?? '') !== '') return seeOther('/membership/check-email')

  const values = readJoinForm(formData)
  const token = checkFormToken('join', formData.get('formToken') as string | null)
  const parsed = parseJoinForm(values, await listActiveTiers())
  const back = (fieldErrors: FieldErrors, message?: string) => {
    const id = randomUUID()
    return seeOther(`/join?retry=${id}`, { flash: { id, form: 'join', values, fieldErrors, message } })
  }
  if (!parsed.success || !token.ok) {
    // The button's own words, which carry the site's name.
    const message = token.ok
      ? undefined
      : `For your security this form only stays open for an hour. Everything you typed is still here: check it and press Join ${(await getSiteSettings()).siteName} again.`
    return back(parsed.success ? {} : parsed.fieldErrors, message)
  }

  const limit = await hitSignupLimits(parsed.data.email, requestIp(request.headers))
  if (!limit.allowed) return tooManySignups(limit.retryAfterSeconds, { href: '/join', label: 'Back to the join page' })

  try {
    await requestSignup({ kind: 'member', input: parsed.data })
  } catch (error) {
    console.error('[join] sign-up failed', error)
    return back({}, 'Something went wrong on our side and nothing was sent. Everything you typed is still here; please try again in a moment.')
  }
  return seeOther('/membership/check-email', { clearFlash: true })
}
