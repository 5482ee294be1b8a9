'use client'

import { useId } from 'react'

// The filters above the dashboard's lists. Client components only for useId: Next keeps recently
// visited pages mounted (hidden), the same list with other filters included, so an id written
// by the server, the same on every copy, would let a label name a hidden copy's field.

// One height for text fields and selects, so a row of filters lines up.
const filterControl = 'mt-1 h-10 w-full rounded-sm border border-rule bg-paper px-3 py-2'

/** A labelled search box (`q`). */
export function SearchFilter({ label, value, className, controlClassName = filterControl }: { label: string; value: string; className?: string; controlClassName?: string }) {
  const id = useId()
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <input id={id} name="q" type="search" defaultValue={value} className={controlClassName} />
    </div>
  )
}

/** A filter typed as text, with a few suggestions (a datalist) rather than every choice. */
export function SuggestedInput({ name, label, value, suggestions }: { name: string; label: string; value: string; suggestions: string[] }) {
  const id = useId()
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <input id={id} name={name} list={`${id}-suggestions`} defaultValue={value} autoComplete="off" className={filterControl} />
      <datalist id={`${id}-suggestions`}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  )
}

/** One filter of a list: a labelled select whose first choice is "everything" (none with `everything={null}`, as for a sort order). */
export function FilterSelect({
  name,
  label,
  value,
  options,
  everything = 'All',
  extra,
  className,
}: {
  name: string
  label: string
  value: string
  options: { value: string; label: string }[]
  everything?: string | null
  extra?: { value: string; label: string }
  className?: string
}) {
  const id = useId()
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={filterControl}>
        {everything === null ? null : <option value="">{everything}</option>}
        {extra ? <option value={extra.value}>{extra.label}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
