// The join and newsletter forms: what a visitor typed, how it is checked, and what is stored.
// Shared by the forms (to redisplay values) and the route handlers that receive them.
import { z } from 'zod'

// Full UK postcodes (including GIR 0AA), after normalising: outward code, one space, inward code.
const POSTCODE = /^(GIR 0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?) [0-9][ABD-HJLNP-UW-Z]{2})$/

/** Upper-cases a postcode and puts exactly one space before the last three characters. */
export function normalisePostcode(input: string): string {
  const compact = input.replace(/\s+/g, '').toUpperCase()
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact
}

export const isUkPostcode = (input: string) => POSTCODE.test(normalisePostcode(input))

/** "£3.50", "3.5" or "3" → 350 pence; null when it is not an amount of money. */
export function poundsToPence(input: string): number | null {
  const match = /^£?\s*(\d{1,6})(?:\.(\d{1,2}))?$/.exec(input.trim())
  if (!match) return null
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
}

export const formatPence = (pence: number) => (pence % 100 === 0 ? `£${pence / 100}` : `£${(pence / 100).toFixed(2)}`)

// Control characters (and the Unicode line separators) have no place in a name or tracking tag.
const stripControl = (s: string) => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')
/** One line of text, at most `max` characters once tidied; `tooLong` is what a person is told otherwise. */
const oneLine = (max: number, tooLong: string) =>
  z
    .string()
    .transform((s) => stripControl(s).trim().replace(/\s+/g, ' '))
    .pipe(z.string().max(max, tooLong))
const tracking = z
  .string()
  .transform((s) => stripControl(s).trim().slice(0, 100))

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter your email address.')
  .max(254, 'That email address is too long.')
  .pipe(z.email('Enter an email address like name@example.org.'))

const checked = z.preprocess((v) => v === true || v === 'on' || v === 'yes' || v === 'true', z.boolean())

/** Exactly what was typed, as strings, so a form can show it again. */
export type JoinValues = {
  name: string
  email: string
  postcode: string
  tier: string
  amount: string
  newsletter: boolean
  consent: boolean
  from: string
  utmSource: string
  utmMedium: string
  utmCampaign: string
}

export type NewsletterValues = Pick<JoinValues, 'email' | 'from' | 'utmSource' | 'utmMedium' | 'utmCampaign'>

export type TierChoice = { id: string; name: string; monthlyPence: number; payWhatYouCan: boolean; minimumPence: number }

const text = (formData: FormData, name: string, max: number) => {
  const v = formData.get(name)
  return typeof v === 'string' ? v.slice(0, max) : ''
}

// Generous caps: long enough to show a "too long" message with the text, short enough for a cookie.
export function readJoinForm(formData: FormData): JoinValues {
  return {
    name: text(formData, 'name', 300),
    email: text(formData, 'email', 320),
    postcode: text(formData, 'postcode', 40),
    tier: text(formData, 'tier', 64),
    amount: text(formData, 'amount', 20),
    newsletter: checked.parse(formData.get('newsletter')),
    consent: checked.parse(formData.get('consent')),
    ...readAttribution(formData),
  }
}

export function readNewsletterForm(formData: FormData): NewsletterValues {
  return { email: text(formData, 'email', 320), ...readAttribution(formData) }
}

function readAttribution(formData: FormData) {
  return {
    from: text(formData, 'from', 200),
    utmSource: text(formData, 'utm_source', 100),
    utmMedium: text(formData, 'utm_medium', 100),
    utmCampaign: text(formData, 'utm_campaign', 100),
  }
}

const attribution = {
  from: z.string().transform((s) => (/^[a-z0-9][a-z0-9-]{0,199}$/.test(s) ? s : '')),
  utmSource: tracking,
  utmMedium: tracking,
  utmCampaign: tracking,
}

export const newsletterSchema = z.object({ email, ...attribution })
export type NewsletterInput = z.infer<typeof newsletterSchema>

const joinFieldsSchema = z.object({
  name: oneLine(100, 'Keep your name under 100 characters.').pipe(z.string().min(1, 'Enter your full name.')),
  email,
  postcode: z
    .string()
    .transform(normalisePostcode)
    .pipe(z.string().min(1, 'Enter your postcode.').regex(POSTCODE, 'Enter a UK postcode, like SW1A 1AA.')),
  newsletter: z.boolean(),
  consent: z.literal(true, 'Tick the box to agree to the privacy notice.'),
  ...attribution,
})

type TierCheck = { ok: true; tierId: string; amountPence: number } | { ok: false; field: 'tier' | 'amount'; message: string }

/** The tier and the amount, checked against the tiers on offer. */
export function checkTierChoice(tierId: string, amount: string, tiers: TierChoice[]): TierCheck {
  const tier = tiers.find((t) => t.id === tierId)
  if (!tier) return { ok: false, field: 'tier', message: 'Choose a membership tier.' }
  if (!tier.payWhatYouCan) return { ok: true, tierId: tier.id, amountPence: tier.monthlyPence }
  const pence = poundsToPence(amount)
  const minimum = Math.max(tier.minimumPence, 1)
  if (pence === null) return { ok: false, field: 'amount', message: `Enter a monthly amount in pounds, like ${formatPence(Math.max(tier.monthlyPence, minimum))}.` }
  if (pence < minimum) return { ok: false, field: 'amount', message: `The minimum for ${tier.name} is ${formatPence(minimum)} a month.` }
  if (pence > 100_000) return { ok: false, field: 'amount', message: 'For more than £1,000 a month, please get in touch with us instead.' }
  return { ok: true, tierId: tier.id, amountPence: pence }
}

export type JoinInput = z.output<typeof joinFieldsSchema> & { tierId: string; amountPence: number }

/** Checks the whole join form at once, so every problem is reported on the first try. */
export function parseJoinForm(values: JoinValues, tiers: TierChoice[]): { success: true; data: JoinInput } | { success: false; fieldErrors: FieldErrors } {
  const fields = joinFieldsSchema.safeParse(values)
  const choice = checkTierChoice(values.tier, values.amount, tiers)
  if (fields.success && choice.ok) return { success: true, data: { ...fields.data, tierId: choice.tierId, amountPence: choice.amountPence } }
  // Tier first: it is the first thing on the form, and the summary lists errors in form order.
  return {
    success: false,
    fieldErrors: { ...(choice.ok ? {} : { [choice.field]: [choice.message] }), ...(fields.success ? {} : fieldErrorsOf(fields.error)) },
  }
}

export type FieldErrors = Partial<Record<string, string[]>>

/** zod's issues as messages per field, the first error of each field first. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: Record<string, string[]> = {}
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form')
    ;(out[key] ??= []).push(issue.message)
  }
  return out
}

// ------------------------------------------------------------------ tiers (administrators)

const pounds = (field: string) =>
  z.string().transform((s, ctx) => {
    const pence = poundsToPence(s)
    if (pence === null) {
      ctx.addIssue({ code: 'custom', message: `Enter the ${field} in pounds, like 5 or 4.50.` })
      return z.NEVER
    }
    return pence
  })

export const tierInputSchema = z
  .object({
    name: oneLine(60, 'Keep the name under 60 characters.').pipe(z.string().min(1, 'Give the tier a name.')),
    description: z.string().trim().max(300, 'Keep the description under 300 characters.'),
    monthly: pounds('monthly amount'),
    payWhatYouCan: checked,
    minimum: z.string(),
    recommended: checked,
    active: checked,
    position: z.coerce.number().int('Use a whole number.').min(0, 'Use 0 or more.').max(1000, 'Use a number up to 1000.'),
  })
  .transform((v, ctx) => {
    let minimumPence = 0
    if (v.payWhatYouCan) {
      const pence = poundsToPence(v.minimum)
      if (pence === null || pence < 1) {
        ctx.addIssue({ code: 'custom', path: ['minimum'], message: 'Enter the minimum in pounds, like 1.' })
        return z.NEVER
      }
      if (pence > v.monthly) {
        ctx.addIssue({ code: 'custom', path: ['minimum'], message: 'The minimum cannot be more than the suggested amount.' })
        return z.NEVER
      }
      minimumPence = pence
    } else if (v.monthly < 1) {
      ctx.addIssue({ code: 'custom', path: ['monthly'], message: 'A fixed tier needs an amount above zero.' })
      return z.NEVER
    }
    const { monthly, minimum: _minimum, ...rest } = v
    return { ...rest, monthlyPence: monthly, minimumPence }
  })

export type TierInput = z.output<typeof tierInputSchema>

export function readTierForm(formData: FormData) {
  const t = (name: string) => String(formData.get(name) ?? '').slice(0, 400)
  return {
    name: t('name'),
    description: t('description'),
    monthly: t('monthly'),
    payWhatYouCan: formData.get('payWhatYouCan') ?? false,
    minimum: t('minimum'),
    recommended: formData.get('recommended') ?? false,
    active: formData.get('active') ?? false,
    position: t('position') || '0',
  }
}
