'use client'

import { useActionState, useId } from 'react'
import { saveTier } from '@/app/(admin)/admin/members/actions'

export type TierFormValues = {
  id?: string
  name: string
  description: string
  monthly: string
  payWhatYouCan: boolean
  minimum: string
  recommended: boolean
  active: boolean
  position: string
}

const field = 'mt-1 w-full rounded-sm border border-rule bg-paper px-3 py-2'

/** One tier's form in the dashboard; what was typed stays whatever the server says. */
export function TierForm({ initial }: { initial: TierFormValues }) {
  const [state, formAction, pending] = useActionState(saveTier, { values: initial })
  const v = { ...initial, ...(state.values as Partial<TierFormValues>) }
  // Not the tier's id: Next keeps recent pages mounted (hidden), and another copy of this list has the same tiers.
  const p = useId()
  const error = (name: string) =>
    state.fieldErrors?.[name]?.length ? (
      <p id={`${p}-${name}-error`} className="mt-1 text-sm font-semibold text-accent">
        {state.fieldErrors[name]!.join(' ')}
      </p>
    ) : null
  const aria = (name: string) => (state.fieldErrors?.[name]?.length ? { 'aria-invalid': true, 'aria-describedby': `${p}-${name}-error` } : {})

  return (
    <form action={formAction} className="space-y-3" aria-label={initial.id ? `Tier ${initial.name}` : 'New tier'}>
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {state.message ? (
        <p role={state.ok ? 'status' : 'alert'} className={`rounded-sm border p-2 text-sm ${state.ok ? 'border-green-700' : 'border-accent'}`}>
          {state.message}
        </p>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr]">
        <div>
          <label htmlFor={`${p}-name`} className="block text-sm font-semibold">
            Name
          </label>
          <input id={`${p}-name`} name="name" defaultValue={v.name} className={field} {...aria('name')} />
          {error('name')}
        </div>
        <div>
          <label htmlFor={`${p}-monthly`} className="block text-sm font-semibold">
            Monthly amount (£)
          </label>
          <input id={`${p}-monthly`} name="monthly" inputMode="decimal" defaultValue={v.monthly} className={field} {...aria('monthly')} />
          {error('monthly')}
        </div>
        <div>
          <label htmlFor={`${p}-position`} className="block text-sm font-semibold">
            Order
          </label>
          <input id={`${p}-position`} name="position" type="number" min={0} defaultValue={v.position} className={field} {...aria('position')} />
          {error('position')}
        </div>
      </div>
      <div>
        <label htmlFor={`${p}-description`} className="block text-sm font-semibold">
          Description
        </label>
        <input id={`${p}-description`} name="description" defaultValue={v.description} className={field} {...aria('description')} />
        {error('description')}
      </div>
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="payWhatYouCan" defaultChecked={v.payWhatYouCan} className="h-4 w-4" /> Pay what you can
        </label>
        <div>
          <label htmlFor={`${p}-minimum`} className="block text-sm font-semibold">
            Minimum (£, pay what you can)
          </label>
          <input id={`${p}-minimum`} name="minimum" inputMode="decimal" defaultValue={v.minimum} className={`${field} max-w-[8rem]`} {...aria('minimum')} />
          {error('minimum')}
        </div>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="recommended" defaultChecked={v.recommended} className="h-4 w-4" /> Recommended
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="active" defaultChecked={v.active} className="h-4 w-4" /> Offered on the join page
        </label>
      </div>
      <button type="submit" disabled={pending} className="rounded-sm bg-ink px-4 py-2 font-semibold text-paper disabled:opacity-60">
        {pending ? 'Saving…' : initial.id ? 'Save tier' : 'Add tier'}
      </button>
    </form>
  )
}
