'use client'

import { useId, useState, useTransition } from 'react'
import type { FormState } from '@/lib/errors'
import { FieldErrors, fieldClass, invalidProps } from './field-errors'
import { submitAction } from './submit-action'

type Field = { name: string; label: string; hint?: string; multiline?: boolean; defaultValue?: string }

/** A small create/rename form for tags, sections and authors; what was typed survives a refusal. */
export function TermForm({
  action,
  fields,
  hidden = {},
  submitLabel,
  label,
}: {
  action: (prev: FormState, data: FormData) => Promise<FormState>
  fields: Field[]
  hidden?: Record<string, string>
  submitLabel: string
  label: string
}) {
  const [state, setState] = useState<FormState>({})
  const [pending, startTransition] = useTransition()
  const id = useId()
  return (
    <form
      aria-label={label}
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault()
        const data = new FormData(e.currentTarget)
        startTransition(() => submitAction(action, data, setState))
      }}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.message ? (
        <p role={state.ok ? 'status' : 'alert'} className={`rounded-sm border p-2 text-sm ${state.ok ? 'border-green-700' : 'border-accent'}`}>
          {state.message}
        </p>
      ) : null}
      {fields.map((f) => (
        <div key={f.name}>
          <label htmlFor={`${id}-${f.name}`} className="block font-semibold">
            {f.label} {f.hint ? <span className="text-sm font-normal text-muted">({f.hint})</span> : null}
          </label>
          {f.multiline ? (
            <textarea id={`${id}-${f.name}`} name={f.name} rows={3} defaultValue={f.defaultValue} className={fieldClass} {...invalidProps(state, f.name, `${id}-${f.name}`)} />
          ) : (
            <input id={`${id}-${f.name}`} name={f.name} defaultValue={f.defaultValue} className={fieldClass} {...invalidProps(state, f.name, `${id}-${f.name}`)} />
          )}
          <FieldErrors state={state} name={f.name} id={`${id}-${f.name}`} />
        </div>
      ))}
      <button type="submit" disabled={pending} className="rounded-sm bg-ink px-4 py-2 font-semibold text-paper disabled:opacity-60">
        {pending ? 'Saving…' : submitLabel}
      </button>
    </form>
  )
}
