'use client'

import { useId, useState, useTransition } from 'react'
import { mergeTags } from '@/app/(admin)/admin/tags/actions'
import type { FormState } from '@/lib/errors'
import { FieldErrors, fieldClass, invalidProps } from './field-errors'
import { submitAction } from './submit-action'

/**
 * Merges this tag into another, named by typing it (an archive can hold thousands of tags, so
 * the most used are suggested rather than all listed): its articles move to the survivor and
 * its address redirects there.
 */
export function MergeTagForm({ id, name, suggestions }: { id: string; name: string; suggestions: string[] }) {
  const [state, setState] = useState<FormState>({})
  const [pending, startTransition] = useTransition()
  const uid = useId()
  const field = `${uid}-into`
  return (
    <form
      aria-label="Merge tag"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault()
        const data = new FormData(e.currentTarget)
        const into = String(data.get('into') ?? '').trim()
        if (into && !window.confirm(`Merge “${name}” into “${into}”? Every article tagged “${name}” will be tagged “${into}”, and “${name}” will be deleted.`)) return
        startTransition(() => submitAction(mergeTags, data, setState))
      }}
    >
      <input type="hidden" name="id" value={id} />
      {state.message ? (
        <p role="alert" className="rounded-sm border border-accent p-2 text-sm">
          {state.message}
        </p>
      ) : null}
      <div>
        <label htmlFor={field} className="block font-semibold">
          Merge “{name}” into
        </label>
        <input
          id={field}
          name="into"
          list={`${field}-suggestions`}
          autoComplete="off"
          placeholder="Name of another tag"
          className={fieldClass}
          {...invalidProps(state, 'into', field)}
          aria-describedby={state.fieldErrors?.into?.length ? `${field}-hint ${field}-error` : `${field}-hint`}
        />
        <datalist id={`${field}-suggestions`}>
          {suggestions
            .filter((s) => s !== name)
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
        <p id={`${field}-hint`} className="mt-1 text-sm text-muted">
          Its name or its slug; the most used tags are suggested.
        </p>
        <FieldErrors state={state} name="into" id={field} />
      </div>
      <button disabled={pending} className="rounded-sm border-2 border-accent px-4 py-2 font-semibold disabled:opacity-60">
        {pending ? 'Merging…' : 'Merge tags'}
      </button>
    </form>
  )
}
