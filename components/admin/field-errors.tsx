import type { FormState } from '@/lib/errors'

// A refused field is outlined in the accent colour, beside its message.
export const fieldClass = 'mt-1 w-full rounded-sm border border-rule bg-paper px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-accent'

/**
 * The message under a field, tied to it with aria-describedby. `id` is the field's own id (from
 * useId): Next keeps recent pages mounted, hidden, so an id made from the field's name alone
 * could be another page's.
 */
export function FieldErrors({ state, name, id }: { state: FormState; name: string; id: string }) {
  const errors = state.fieldErrors?.[name]
  if (!errors?.length) return null
  return (
    <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-accent">
      {errors.join(' ')}
    </p>
  )
}

/**
 * aria-invalid and aria-describedby for a field: its error message when it has one, and its
 * help text (`helpId`) always, so a refused field still reads its hint.
 */
export const invalidProps = (state: FormState, name: string, id: string, helpId?: string) => {
  const invalid = Boolean(state.fieldErrors?.[name]?.length)
  const describedBy = [invalid ? `${id}-error` : '', helpId ?? ''].filter(Boolean).join(' ')
  return { ...(invalid ? { 'aria-invalid': true as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) }
}
