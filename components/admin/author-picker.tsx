'use client'

import { useId, useState, useTransition } from 'react'
import { createGuestAuthor } from '@/app/(admin)/admin/articles/actions'

type Author = { id: string; name: string; guest?: boolean }

/** An ordered byline: add from the list, create a guest inline, move up and down, remove. */
export function AuthorPicker({ value, options, onChange, disabled }: { value: Author[]; options: Author[]; onChange: (authors: Author[]) => void; disabled?: boolean }) {
  const [query, setQuery] = useState('')
  const [known, setKnown] = useState(options)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const id = useId()
  const q = query.trim().toLowerCase()
  const chosen = new Set(value.map((a) => a.id))
  const matches = q ? known.filter((a) => !chosen.has(a.id) && a.name.toLowerCase().includes(q)).slice(0, 8) : []
  const exact = known.some((a) => a.name.toLowerCase() === q)

  const add = (author: Author) => {
    onChange([...value, author])
    setQuery('')
    setError(null)
  }
  const move = (index: number, by: number) => {
    const next = [...value]
    const [item] = next.splice(index, 1)
    next.splice(index + by, 0, item!)
    onChange(next)
  }
  const createGuest = () =>
    startTransition(async () => {
      const result = await createGuestAuthor(query).catch(() => ({ ok: false as const, message: 'Could not reach the server.' }))
      if (!result.ok) return setError(result.message)
      const author = { ...result.author, guest: true }
      setKnown((k) => [...k, author])
      add(author)
    })

  return (
    <fieldset disabled={disabled} className="min-w-0">
      <legend className="font-semibold">Authors</legend>
      {value.length ? (
        <ol className="mt-1 space-y-1" aria-label="Byline, in order">
          {value.map((a, i) => (
            <li key={a.id} className="flex items-center gap-2 rounded-sm border border-rule bg-panel px-2 py-1">
              <input type="hidden" name="authorIds" value={a.id} />
              <span className="flex-1">
                {a.name}
                {a.guest ? <span className="ml-1 text-xs text-muted">(guest)</span> : null}
              </span>
              <button type="button" aria-label={`Move ${a.name} earlier`} disabled={i === 0} onClick={() => move(i, -1)} className="min-h-8 min-w-8 rounded-sm border border-rule disabled:opacity-30">
                ↑
              </button>
              <button type="button" aria-label={`Move ${a.name} later`} disabled={i === value.length - 1} onClick={() => move(i, 1)} className="min-h-8 min-w-8 rounded-sm border border-rule disabled:opacity-30">
                ↓
              </button>
              <button type="button" aria-label={`Remove ${a.name}`} onClick={() => onChange(value.filter((x) => x.id !== a.id))} className="min-h-8 min-w-8 rounded-sm border border-rule">
                ×
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-1 text-sm text-muted">No author chosen: the byline will be yours.</p>
      )}
      <label htmlFor={`${id}-add`} className="mt-2 block text-sm font-semibold">
        Add an author
      </label>
      <input
        id={`${id}-add`}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setError(null)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            if (matches[0]) add(matches[0])
          }
        }}
        autoComplete="off"
        placeholder="Type a name…"
        className="mt-1 w-full rounded-sm border border-rule bg-paper px-3 py-2"
      />
      {q ? (
        <ul className="mt-1 flex flex-wrap gap-1" aria-label="Matching authors">
          {matches.map((a) => (
            <li key={a.id}>
              <button type="button" onClick={() => add(a)} className="rounded-sm border border-rule px-2 py-1 text-sm hover:border-ink">
                Add {a.name}
              </button>
            </li>
          ))}
          {!exact && query.trim().length >= 2 ? (
            <li>
              <button type="button" onClick={createGuest} disabled={pending} className="rounded-sm border border-ink px-2 py-1 text-sm font-semibold">
                {pending ? 'Creating…' : `Create guest author “${query.trim()}”`}
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
      {error ? (
        <p role="alert" className="mt-1 text-sm font-semibold text-accent">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
