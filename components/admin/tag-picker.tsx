'use client'

import { useId, useState } from 'react'

/** Tags chosen with autocomplete from the existing ones, or created on the spot (on save). */
export function TagPicker({ value, options, onChange, disabled, error }: { value: string[]; options: string[]; onChange: (tags: string[]) => void; disabled?: boolean; error?: string }) {
  const [query, setQuery] = useState('')
  const id = useId()
  const q = query.trim().replace(/\s+/g, ' ')
  const lower = new Set(value.map((t) => t.toLowerCase()))
  const matches = q ? options.filter((t) => !lower.has(t.toLowerCase()) && t.toLowerCase().includes(q.toLowerCase())).slice(0, 8) : []
  const existing = options.find((t) => t.toLowerCase() === q.toLowerCase())

  const add = (tag: string) => {
    const name = tag.trim().replace(/\s+/g, ' ').slice(0, 60)
    if (name && !lower.has(name.toLowerCase())) onChange([...value, name])
    setQuery('')
  }

  return (
    <fieldset disabled={disabled} className="min-w-0">
      <legend className="font-semibold">Tags</legend>
      <ul className="mt-1 flex flex-wrap gap-1" aria-label="Chosen tags">
        {value.map((t) => (
          <li key={t} className="flex items-center gap-1 rounded-sm border border-rule bg-panel py-0.5 pr-0.5 pl-2 text-sm">
            <input type="hidden" name="tagNames" value={t} />
            {t}
            {options.some((o) => o.toLowerCase() === t.toLowerCase()) ? null : <span className="text-xs text-muted">(new)</span>}
            <button type="button" aria-label={`Remove tag ${t}`} onClick={() => onChange(value.filter((x) => x !== t))} className="min-h-7 min-w-7 rounded-sm hover:bg-rule">
              ×
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={`${id}-add`} className="mt-2 block text-sm font-semibold">
        Add a tag <span className="font-normal text-muted">(Enter or comma to add)</span>
      </label>
      <input
        id={`${id}-add`}
        value={query}
        onChange={(e) => {
          const v = e.target.value
          if (v.endsWith(',')) add(v.slice(0, -1))
          else setQuery(v)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            if (q) add(existing ?? q)
          }
        }}
        autoComplete="off"
        placeholder="Type a tag…"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mt-1 w-full rounded-sm border border-rule bg-paper px-3 py-2"
      />
      {q ? (
        <ul className="mt-1 flex flex-wrap gap-1" aria-label="Matching tags">
          {matches.map((t) => (
            <li key={t}>
              <button type="button" onClick={() => add(t)} className="rounded-sm border border-rule px-2 py-1 text-sm hover:border-ink">
                Add {t}
              </button>
            </li>
          ))}
          {!existing ? (
            <li>
              <button type="button" onClick={() => add(q)} className="rounded-sm border border-ink px-2 py-1 text-sm font-semibold">
                Create tag “{q}”
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-accent">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
