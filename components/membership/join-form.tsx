// The join form: a plain HTML form posted to /join/submit, so it works the same with or without
// JavaScript. A refused submission comes back here with every value and a message by each field.
import type { PublicTier } from '@/lib/data/tiers'
import { formatPence, type JoinValues } from '@/lib/validation/member'
import { AttributionFields, describedBy, EmailField, ErrorSummary, FieldMessage, Honeypot, inputClass, type Errors } from './form-parts'

const labels: Record<string, string> = {
  name: 'Full name',
  email: 'Email address',
  postcode: 'Postcode',
  tier: 'Membership tier',
  amount: 'Your monthly amount',
  consent: 'Privacy notice',
}

type Props = { siteName: string; tiers: PublicTier[]; values: JoinValues; errors: Errors; message?: string; formToken: string }

export function JoinForm({ siteName, tiers, values, errors, message, formToken }: Props) {
  return (
    <form method="post" action="/join/submit" noValidate className="relative space-y-6 font-sans">
      <ErrorSummary errors={errors} labels={labels} message={message} />
      <input type="hidden" name="formToken" value={formToken} />
      <AttributionFields values={values} />
      <Honeypot idPrefix="join" />

      <fieldset aria-describedby={errors.tier?.length ? 'tier-error' : undefined}>
        <legend className="text-xl font-bold">Choose your membership</legend>
        <FieldMessage id="tier" errors={errors.tier} />
        <ul className="tier-options mt-3 space-y-3">
          {tiers.map((tier, i) => (
            <li key={tier.id}>
              <TierOption tier={tier} checked={values.tier === tier.id} first={i === 0} values={values} errors={errors} />
            </li>
          ))}
        </ul>
        {tiers.length === 0 ? <p className="mt-2">Membership tiers are being set up. Please come back soon.</p> : null}
      </fieldset>

      <div>
        <label htmlFor="name" className="block font-semibold">
          Full name
        </label>
        <input id="name" name="name" type="text" autoComplete="name" required defaultValue={values.name} className={inputClass} {...describedBy('name', errors)} />
        <FieldMessage id="name" errors={errors.name} />
      </div>
      <EmailField value={values.email} errors={errors} hint="We will send a link to confirm it." />
      <div>
        <label htmlFor="postcode" className="block font-semibold">
          Postcode
        </label>
        <p id="postcode-hint" className="text-sm text-muted">
          A UK postcode, like SW1A 1AA. It helps us connect you with members near you.
        </p>
        <input
          id="postcode"
          name="postcode"
          type="text"
          autoComplete="postal-code"
          autoCapitalize="characters"
          required
          defaultValue={values.postcode}
          className={`${inputClass} max-w-[12rem] uppercase`}
          {...describedBy('postcode', errors, true)}
        />
        <FieldMessage id="postcode" errors={errors.postcode} />
      </div>

      <div className="flex items-start gap-3">
        <input id="newsletter" name="newsletter" type="checkbox" defaultChecked={values.newsletter} className="mt-1 h-5 w-5 shrink-0" />
        <label htmlFor="newsletter">Send me the weekly newsletter as well (optional)</label>
      </div>
      <div>
        <div className="flex items-start gap-3">
          <input id="consent" name="consent" type="checkbox" required defaultChecked={values.consent} className="mt-1 h-5 w-5 shrink-0" {...describedBy('consent', errors)} />
          <label htmlFor="consent">
            I agree to {siteName} keeping my details as described in the{' '}
            <a href="/privacy" target="_blank" className="underline">
              privacy notice
            </a>
            .
          </label>
        </div>
        <FieldMessage id="consent" errors={errors.consent} />
      </div>

      <button type="submit" className="w-full rounded-sm bg-accent px-6 py-3 text-lg font-bold text-accent-ink hover:opacity-90 sm:w-auto">
        Join {siteName}
      </button>
      <p className="text-sm text-muted">No payment is taken now. After you confirm your email we will tell you how your dues are set up.</p>
    </form>
  )
}

function TierOption({ tier, checked, first, values, errors }: { tier: PublicTier; checked: boolean; first: boolean; values: JoinValues; errors: Errors }) {
  const id = first ? 'tier' : `tier-${tier.id}`
  return (
    <div className="tier-option rounded-sm p-4" data-recommended={tier.recommended || undefined}>
      <div className="flex items-start gap-3">
        <input id={id} type="radio" name="tier" value={tier.id} defaultChecked={checked} className="mt-1.5 h-5 w-5 shrink-0" aria-describedby={`${id}-description`} />
        <label htmlFor={id} className="flex-1">
          <span className="flex flex-wrap items-baseline justify-between gap-x-3">
            <span className="text-lg font-bold">
              {tier.name}
              {tier.recommended ? <span className="ml-2 rounded-sm bg-accent px-2 py-0.5 align-middle text-xs font-bold tracking-wide text-accent-ink uppercase">Recommended</span> : null}
            </span>
            <span className="font-semibold">{tier.payWhatYouCan ? `from ${formatPence(tier.minimumPence)} a month` : `${formatPence(tier.monthlyPence)} a month`}</span>
          </span>
        </label>
      </div>
      <p id={`${id}-description`} className="mt-1 ml-8 text-sm text-muted">
        {tier.description}
      </p>
      {tier.payWhatYouCan ? (
        <div className="mt-3 ml-8">
          <label htmlFor="amount" className="block text-sm font-semibold">
            Your monthly amount in pounds, if you choose {tier.name} (at least {formatPence(tier.minimumPence)})
          </label>
          <div className="mt-1 flex items-center gap-1">
            <span aria-hidden="true" className="font-semibold">
              £
            </span>
            <input
              id="amount"
              name="amount"
              type="text"
              inputMode="decimal"
              placeholder={(tier.monthlyPence / 100).toFixed(2)}
              defaultValue={values.amount}
              className={`${inputClass} mt-0 max-w-[8rem]`}
              {...describedBy('amount', errors)}
            />
          </div>
          <FieldMessage id="amount" errors={errors.amount} />
        </div>
      ) : null}
    </div>
  )
}
