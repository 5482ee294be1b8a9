// Numbered pagination for section, tag, author and search pages: `?page=2`, 20 a page (search: 10,
// SEARCH_PAGE_SIZE in lib/search-text.ts).

export const PAGE_SIZE = 20

/** The highest page number anyone may ask for; deeper links are almost certainly made up. */
export const MAX_PAGE = 10_000

/**
 * The page a `?page=` value asks for, or null when it is not a page number at all
 * (the caller answers 404). Absent means page 1; "01", "1.5", "-2" and "2abc" are refused
 * so that every page has exactly one URL.
 */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1
  if (Array.isArray(value)) return value.length === 1 ? parsePageParam(value[0]) : null
  if (!/^[1-9][0-9]{0,4}$/.test(value)) return null
  const page = Number(value)
  return page <= MAX_PAGE ? page : null
}

export const pageCount = (total: number, pageSize = PAGE_SIZE) => Math.max(1, Math.ceil(total / pageSize))

export type PageLink = { kind: 'page'; page: number } | { kind: 'gap'; key: string }

/**
 * The numbered links to show: always the first and last page, a window around the current
 * one, and a gap marker where pages are skipped. Never more than 2 * radius + 5 entries,
 * however many pages there are.
 */
export function pageWindow(current: number, total: number, radius = 2): PageLink[] {
  if (total <= 1) return []
  const pages = new Set<number>([1, total])
  for (let p = current - radius; p <= current + radius; p++) if (p >= 1 && p <= total) pages.add(p)
  const sorted = [...pages].sort((a, b) => a - b)
  const links: PageLink[] = []
  sorted.forEach((page, i) => {
    const previous = sorted[i - 1]
    if (previous !== undefined && page - previous === 2) links.push({ kind: 'page', page: previous + 1 })
    else if (previous !== undefined && page - previous > 2) links.push({ kind: 'gap', key: `gap-${previous}` })
    links.push({ kind: 'page', page })
  })
  return links
}

/** `/section/news` for page 1, `/section/news?page=3` otherwise; extra query values kept (e.g. search's q). */
export function pageHref(basePath: string, page: number, query: Record<string, string> = {}): string {
  const params = new URLSearchParams(query)
  if (page > 1) params.set('page', String(page))
  const search = params.toString()
  return search ? `${basePath}?${search}` : basePath
}
