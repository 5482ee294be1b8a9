import { pageWindow } from '@/lib/pagination'

// The dashboard's lists (articles, members, audit log, staff, terms, revisions) share one table
// frame and one pager; their filters are in filter-fields.tsx. Cells take their padding and
// rows their rule from `.admin-table` (admin.css), not from classes repeated on every cell, and
// links in them are plain anchors (client navigation comes from the shell's DashboardLinks).

export type Column = string | { label: string; align?: 'right'; hidden?: boolean }

/** A full-width table that scrolls sideways on a narrow screen rather than squeezing. */
export function AdminTable({ columns, caption, className = 'mt-2', children }: { columns: Column[]; caption?: string; className?: string; children: React.ReactNode }) {
  return (
    <div className={`overflow-x-auto ${className}`}>
      <table className="admin-table w-full border-collapse text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead>
          <tr className="text-left">
            {columns.map((column) => {
              const { label, align, hidden } = typeof column === 'string' ? { label: column } : column
              return (
                <th key={label} scope="col" className={align === 'right' ? 'text-right' : undefined}>
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

/** Previous, numbered pages around the current one (first and last always shown), next. */
export function AdminPager({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null
  const link = 'rounded-sm border border-rule px-3 py-1'
  return (
    <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center gap-1 text-sm">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className={link}>
          Previous
        </a>
      ) : null}
      {pageWindow(page, pageCount).map((entry) =>
        entry.kind === 'gap' ? (
          <span key={entry.key} className="px-2" aria-hidden="true">
            …
          </span>
        ) : (
          <a
            key={entry.page}
            href={href(entry.page)}
            aria-current={entry.page === page ? 'page' : undefined}
            className={entry.page === page ? 'rounded-sm border border-ink px-3 py-1 font-bold' : link}
          >
            {entry.page}
          </a>
        ),
      )}
      {page < pageCount ? (
        <a href={href(page + 1)} rel="next" className={link}>
          Next
        </a>
      ) : null}
    </nav>
  )
}
