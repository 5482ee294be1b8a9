// Small pieces the public membership forms share: error messages tied to their fields, and the honeypot.

export const inputClass =
  'mt-1 block w-full rounded-sm border border-ink/60 bg-paper px-3 py-2 text-base aria-[invalid=true]:border-2 aria-[invalid=true]:border-accent'

export type Errors = Partial<Record<string, string[]>>

export function FieldMessage({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null
  return (
    <p id={`${id}-error`} className="mt-1 font-sans text-sm font-semibold text-accent">
      <span className="sr-only">Error: </span>
      {errors[0]}
    </p>
  )
}

/** aria attributes for an input that has an error (and, optionally, a hint). */
export function describedBy(id: string, errors: Errors, hint?: boolean) {
  const invalid = Boolean(errors[id]?.length)
  const ids = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ')
  return { 'aria-invalid': invalid || undefined, 'aria-describedby': ids || undefined }
}

/** A field people never see and bots fill in: a sign-up with it filled is quietly dropped. */
export function Honeypot({ idPrefix }: { idPrefix: string }) {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={`${idPrefix}-website`}>Leave this field empty</label>
      <input id={`${idPrefix}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  )
}

/** A summary at the top of a refused form, each error linking to its field. */
export function ErrorSummary({ errors, labels, message }: { errors: Errors; labels: Record<string, string>; message?: string }) {
  const entries = Object.entries(errors).filter(([, e]) => e?.length)
  if (!entries.length && !message) return null
  return (
    // Focused when the page loads (autofocus works without JavaScript), so a keyboard or screen
    // reader user starts at what needs fixing, each item a link to its field.
    <div role="alert" aria-labelledby="error-summary-title" tabIndex={-1} autoFocus className="mb-6 border-4 border-accent p-4 font-sans">
      <h2 id="error-summary-title" className="text-lg font-bold">
        {entries.length ? 'Please check the form' : 'One more step'}
      </h2>
      {message ? <p className="mt-1">{message}</p> : null}
      {entries.length ? (
        <ul className="mt-2 list-disc pl-5">
          {entries.map(([field, e]) => (
            <li key={field}>
              <a href={`#${field}`} className="font-semibold text-accent underline">
                {labels[field] ? `${labels[field]}: ` : ''}
                {e![0]}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

export function AttributionFields({ values }: { values: { from: string; utmSource: string; utmMedium: string; utmCampaign: string } }) {
  return (
    <>
      <input type="hidden" name="from" value={values.from} />
      <input type="hidden" name="utm_source" value={values.utmSource} />
      <input type="hidden" name="utm_medium" value={values.utmMedium} />
      <input type="hidden" name="utm_campaign" value={values.utmCampaign} />
    </>
  )
}

/** What every email field of the membership forms is: typed, filled in and checked as an address. */
export const emailInputProps = { name: 'email', type: 'email', inputMode: 'email', autoComplete: 'email', spellCheck: false, required: true } as const

/** The email address a member signs up with, with an optional hint under its label. */
export function EmailField({ value, errors, hint }: { value: string; errors: Errors; hint?: string }) {
  return (
    <div>
      <label htmlFor="email" className="block font-semibold">
        Email address
      </label>
      {hint ? (
        <p id="email-hint" className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id="email"
        {...emailInputProps}
        defaultValue={value}
        className={inputClass}
        {...describedBy('email', errors, Boolean(hint))}
      />
      <FieldMessage id="email" errors={errors.email} />
    </div>
  )
}
