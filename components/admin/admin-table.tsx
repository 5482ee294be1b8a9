import Link from 'next/link'
import { pageWindow } from '@/lib/pagination'

// The dashboard's lists (articles, members, audit log, staff, terms, revisions) share one table
// frame, one way to pick a filter and one pager.

export type Column = string | { label: string; align?: 'right'; hidden?: boolean }

/** A full-width table that scrolls sideways on a narrow screen rather than squeezing. */
export function AdminTable({ columns, caption, className = 'mt-2', children }: { columns: Column[]; caption?: string; className?: string; children: React.ReactNode }) {
  return (
    <div className={`overflow-x-auto ${className}`}>
      <table className="w-full border-collapse text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead>
          <tr className="border-b-2 border-ink text-left">
            {columns.map((column) => {
              const { label, align, hidden } = typeof column === 'string' ? { label: column } : column
              return (
                <th key={label} scope="col" className={`py-2 pr-3${align === 'right' ? ' text-right' : ''}`}>
                  {hidden ? <span className="sr-only">{label}</span> : label}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}

// One height for text fields and selects, so a row of filters lines up.
export const filterControl = 'mt-1 h-10 w-full rounded-sm border border-rule bg-paper px-3 py-2'

/** A filter typed as text, with a few suggestions (a datalist) rather than every choice. */
export function SuggestedInput({ name, label, value, suggestions }: { name: string; label: string; value: string; suggestions: string[] }) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-semibold">
        {label}
      </label>
      <input id={name} name={name} list={`${name}-suggestions`} defaultValue={value} autoComplete="off" className={filterControl} />
      <datalist id={`${name}-suggestions`}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  )
}

/** One filter of a list: a labelled select whose first choice is "everything". */
export function FilterSelect({
  name,
  label,
  value,
  options,
  everything = 'All',
  extra,
}: {
  name: string
  label: string
  value: string
  options: { value: string; label: string }[]
  everything?: string
  extra?: { value: string; label: string }
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value} className={filterControl}>
        <option value="">{everything}</option>
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

/** Previous, numbered pages around the current one (first and last always shown), next. */
export function AdminPager({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null
  const link = 'rounded-sm border border-rule px-3 py-1'
  return (
    <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center gap-1 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={link}>
          Previous
        </Link>
      ) : null}
      {pageWindow(page, pageCount).map((entry) =>
        entry.kind === 'gap' ? (
          <span key={entry.key} className="px-2" aria-hidden="true">
            …
          </span>
        ) : (
          <Link
            key={entry.page}
            href={href(entry.page)}
            aria-current={entry.page === page ? 'page' : undefined}
            className={entry.page === page ? 'rounded-sm border border-ink px-3 py-1 font-bold' : link}
          >
            {entry.page}
          </Link>
        ),
      )}
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={link}>
          Next
        </Link>
      ) : null}
    </nav>
  )
}
