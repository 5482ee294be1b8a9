// Newsletter sign-up: just an email address, the same double opt-in as membership.
import type { NewsletterValues } from '@/lib/validation/member'
import { AttributionFields, EmailField, emailInputProps, ErrorSummary, Honeypot, type Errors } from './form-parts'

type Props = { values: NewsletterValues; errors: Errors; message?: string; confirm?: boolean; formToken: string }

export function NewsletterForm({ values, errors, message, confirm, formToken }: Props) {
  return (
    <form method="post" action="/newsletter/submit" noValidate className="relative space-y-4 font-sans">
      <ErrorSummary errors={errors} labels={{ email: 'Email address' }} message={message} />
      {confirm ? (
        <div role="status" className="border-l-4 border-ink bg-panel p-4">
          <h2 className="text-lg font-bold">Confirm your sign-up</h2>
          <p className="mt-1">Press Subscribe and we will email you a link to confirm it.</p>
        </div>
      ) : null}
      <input type="hidden" name="formToken" value={formToken} />
      <AttributionFields values={values} />
      <Honeypot idPrefix="newsletter" />
      <EmailField value={values.email} errors={errors} />
      <p className="text-sm text-muted">
        We will send a link to confirm your address, and use it only for the newsletter. See our{' '}
        <a href="/privacy" className="underline">
          privacy notice
        </a>
        .
      </p>
      {/* Arriving from the footer, one press (or Enter) finishes the sign-up. */}
      <button type="submit" autoFocus={confirm} className="w-full rounded-sm bg-ink px-6 py-3 font-bold text-paper hover:opacity-90 sm:w-auto">
        Subscribe
      </button>
    </form>
  )
}

/**
 * The footer's form. Footers are part of cached pages, so this one carries no form token:
 * /newsletter/submit sends it on to /newsletter, which has a fresh one, with the address kept.
 */
export function FooterNewsletterForm() {
  return (
    <form method="post" action="/newsletter/submit" noValidate className="relative mt-4 font-sans">
      <Honeypot idPrefix="footer-newsletter" />
      <input type="hidden" name="via" value="footer" />
      <label htmlFor="footer-newsletter-email" className="block font-semibold">
        Newsletter: your email address
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="footer-newsletter-email"
          {...emailInputProps}
          className="min-w-0 flex-1 rounded-sm border border-ink/60 bg-paper px-3 py-2"
        />
        <button type="submit" className="rounded-sm bg-ink px-4 py-2 font-semibold text-paper">
          Sign up
        </button>
      </div>
    </form>
  )
}
