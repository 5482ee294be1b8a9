import Link from 'next/link'
import { StatusBadge, statusLabel } from '@/components/admin/status-badge'
import { ARTICLE_SORTS, COUNT_EXACTLY_UP_TO, listArticlesForDashboard } from '@/lib/data/article-editing'
import { getArticleListFilterOptions } from '@/lib/data/taxonomy'
import { formatDateTime } from '@/lib/format'

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '')

/** Page numbers around the current one, with the first and last always shown: 1 … 4 5 [6] 7 8 … 40. */
function pageWindow(page: number, count: number): (number | null)[] {
  const pages = new Set([1, count, ...[-2, -1, 0, 1, 2].map((d) => page + d)].filter((n) => n >= 1 && n <= count))
  const sorted = [...pages].sort((a, b) => a - b)
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1]! > 1 ? [null, n] : [n]))
}

export default async function ArticleListPage({ searchParams }: PageProps<'/admin'>) {
  const params = await searchParams
  const filters = {
    status: one(params.status),
    q: one(params.q),
    sectionId: one(params.section),
    authorId: one(params.author),
    tag: one(params.tag),
    sort: one(params.sort),
  }
  const page = Number(one(params.page) || 1) || 1
  const [{ articles, total, totalKind, pageCount, sort }, options] = await Promise.all([
    listArticlesForDashboard({ ...filters, page }),
    getArticleListFilterOptions(),
  ])
  const pagesLabel =
    totalKind === 'exact' ? pageCount.toLocaleString('en-GB') : totalKind === 'estimate' ? `about ${pageCount.toLocaleString('en-GB')}` : `${(pageCount - 1).toLocaleString('en-GB')}+`
  const query = { status: filters.status, q: filters.q, section: filters.sectionId, author: filters.authorId, tag: filters.tag, sort: filters.sort }
  const pageHref = (n: number) => `/admin?${new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter(([, v]) => v)), page: String(n) })}`
  const filtered = Object.entries(query).some(([k, v]) => v && k !== 'sort')
  const control = 'mt-1 w-full rounded-sm border border-rule bg-paper px-3 py-2'

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Articles</h1>
        <Link href="/admin/articles/new" className="rounded-sm bg-ink px-4 py-2 font-semibold text-paper">
          New article
        </Link>
      </div>
      <form className="mt-6 grid grid-cols-2 items-end gap-3 md:grid-cols-3 lg:grid-cols-7" role="search" aria-label="Filter articles">
        <div className="col-span-2 md:col-span-3 lg:col-span-2">
          <label htmlFor="q" className="block text-sm font-semibold">
            Search headlines
          </label>
          <input id="q" name="q" type="search" defaultValue={filters.q} className={control} />
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-semibold">
            Status
          </label>
          <select id="status" name="status" defaultValue={filters.status} className={control}>
            <option value="">All</option>
            {Object.entries(statusLabel).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="section" className="block text-sm font-semibold">
            Section
          </label>
          <select id="section" name="section" defaultValue={filters.sectionId} className={control}>
            <option value="">All</option>
            <option value="none">No section</option>
            {options.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="author" className="block text-sm font-semibold">
            Author
          </label>
          <select id="author" name="author" defaultValue={filters.authorId} className={control}>
            <option value="">All</option>
            {options.authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="tag" className="block text-sm font-semibold">
            Tag
          </label>
          <input id="tag" name="tag" list="tag-options" defaultValue={filters.tag} autoComplete="off" className={control} />
          <datalist id="tag-options">
            {options.tags.map((t) => (
              <option key={t.slug} value={t.name} />
            ))}
          </datalist>
        </div>
        <div>
          <label htmlFor="sort" className="block text-sm font-semibold">
            Sort
          </label>
          <select id="sort" name="sort" defaultValue={sort} className={control}>
            {Object.entries(ARTICLE_SORTS).map(([value, { label }]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="col-span-2 flex gap-2 md:col-span-3 lg:col-span-7">
          <button className="rounded-sm border border-ink px-4 py-2 font-semibold">Apply</button>
          {filtered ? (
            <Link href="/admin" className="px-2 py-2 underline">
              Clear filters
            </Link>
          ) : null}
        </div>
      </form>
      <p className="mt-4 text-sm text-muted" aria-live="polite">
        {totalKind === 'estimate'
          ? `About ${Number(total.toPrecision(3)).toLocaleString('en-GB')} articles`
          : totalKind === 'more'
            ? `More than ${COUNT_EXACTLY_UP_TO.toLocaleString('en-GB')} articles`
            : total === 1
              ? '1 article'
              : `${total.toLocaleString('en-GB')} articles`}
        {pageCount > 1 ? ` · page ${Math.min(page, pageCount)} of ${pagesLabel}` : ''}
      </p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-3">Headline</th>
              <th scope="col" className="py-2 pr-3">Status</th>
              <th scope="col" className="py-2 pr-3">Authors</th>
              <th scope="col" className="py-2 pr-3">Last edited</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <tr key={a.id} className="border-b border-rule align-top">
                <td className="py-2 pr-3">
                  <Link href={`/admin/articles/${a.id}`} className="font-semibold underline">
                    {a.headline}
                  </Link>
                  {a.section ? <span className="block text-xs text-muted">{a.section.name}</span> : null}
                </td>
                <td className="py-2 pr-3">
                  <StatusBadge status={a.status} />
                  {a.status === 'SCHEDULED' && a.scheduledFor ? <span className="block text-xs text-muted">for {formatDateTime(a.scheduledFor)}</span> : null}
                  {a.status === 'PUBLISHED' && a.publishedAt ? <span className="block text-xs text-muted">{formatDateTime(a.publishedAt)}</span> : null}
                </td>
                <td className="py-2 pr-3">{a.authors.join(', ')}</td>
                <td className="py-2 pr-3">
                  {formatDateTime(a.updatedAt)}
                  {a.lastEditedBy ? <span className="block text-xs text-muted">by {a.lastEditedBy.name}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {articles.length === 0 ? <p className="mt-4">No articles match.</p> : null}
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center gap-1 text-sm">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} rel="prev" className="rounded-sm border border-rule px-3 py-1">
              Previous
            </Link>
          ) : null}
          {pageWindow(page, pageCount).map((n, i) =>
            n === null ? (
              <span key={`gap-${i}`} className="px-2" aria-hidden="true">
                …
              </span>
            ) : (
              <Link
                key={n}
                href={pageHref(n)}
                aria-current={n === page ? 'page' : undefined}
                className={`rounded-sm border px-3 py-1 ${n === page ? 'border-ink font-bold' : 'border-rule'}`}
              >
                {n}
              </Link>
            ),
          )}
          {page < pageCount ? (
            <Link href={pageHref(page + 1)} rel="next" className="rounded-sm border border-rule px-3 py-1">
              Next
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  )
}
