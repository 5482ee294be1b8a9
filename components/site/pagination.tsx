// Plain links, not next/link: `?page=N` is rewritten on the server to its own prerendered page,
// which the client router (keying pages by path) would not know to fetch.
import { pageHref, pageWindow } from '@/lib/pagination'

/**
 * Numbered pages with previous and next; a window around the current page, never thousands of
 * links. Listings run newest first, so their previous and next say "Newer" and "Older";
 * search results run by relevance and say "Previous" and "Next".
 */
export function Pagination({
  basePath,
  page,
  pageCount,
  query = {},
  order = 'date',
}: {
  basePath: string
  page: number
  pageCount: number
  query?: Record<string, string>
  order?: 'date' | 'relevance'
}) {
  const [previous, next] = order === 'date' ? ['Newer', 'Older'] : ['Previous', 'Next']
  if (pageCount <= 1) return null
  const cell = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-sm border px-3'
  return (
    <nav aria-label="Pages" className="no-print mt-12 border-t border-rule pt-6">
      <ul className="flex flex-wrap items-center gap-2 text-sm font-semibold">
        {page > 1 ? (
          <li>
            <a href={pageHref(basePath, page - 1, query)} rel="prev" className={`${cell} border-rule hover:border-ink`}>
              <span aria-hidden="true">←&nbsp;</span>
              {previous}
            </a>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((link) =>
          link.kind === 'gap' ? (
            <li key={link.key} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={link.page}>
              {link.page === page ? (
                <span aria-current="page" className={`${cell} border-ink bg-ink text-paper`}>
                  <span className="sr-only">Page </span>
                  {link.page}
                </span>
              ) : (
                <a href={pageHref(basePath, link.page, query)} className={`${cell} border-rule hover:border-ink`}>
                  <span className="sr-only">Page </span>
                  {link.page}
                </a>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <a href={pageHref(basePath, page + 1, query)} rel="next" className={`${cell} border-rule hover:border-ink`}>
              {next}
              <span aria-hidden="true">&nbsp;→</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
