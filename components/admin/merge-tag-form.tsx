'use client'

import { useState, useTransition } from 'react'
import { mergeTags } from '@/app/(admin)/admin/tags/actions'
import type { FormState } from '@/lib/errors'
import { FieldErrors, fieldClass, invalidProps } from './field-errors'

/** Merges this tag into another: its articles move to the survivor and its address redirects there. */
export function MergeTagForm({ id, name, others }: { id: string; name: string; others: { id: string; name: string }[] }) {
  const [state, setState] = useState<FormState>({})
  const [pending, startTransition] = useTransition()
  return (
    <form
      aria-label="Merge tag"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault()
        const data = new FormData(e.currentTarget)
        const into = others.find((o) => o.id === data.get('intoId'))
        if (into && !window.confirm(`Merge “${name}” into “${into.name}”? Every article tagged “${name}” will be tagged “${into.name}”, and “${name}” will be deleted.`)) return
        startTransition(async () => {
          const result = await mergeTags({}, data).catch(() => ({ ok: false, message: 'Could not reach the server.' }) as FormState)
          if (result) setState(result)
        })
      }}
    >
      <input type="hidden" name="id" value={id} />
      {state.message ? (
        <p role="alert" className="rounded-sm border border-accent p-2 text-sm">
          {state.message}
        </p>
      ) : null}
      <div>
        <label htmlFor="intoId" className="block font-semibold">
          Merge “{name}” into
        </label>
        <select id="intoId" name="intoId" defaultValue="" className={fieldClass} {...invalidProps(state, 'intoId')}>
          <option value="">Choose a tag…</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <FieldErrors state={state} name="intoId" />
      </div>
      <button disabled={pending} className="rounded-sm border-2 border-accent px-4 py-2 font-semibold disabled:opacity-60">
        {pending ? 'Merging…' : 'Merge tags'}
      </button>
    </form>
  )
}
