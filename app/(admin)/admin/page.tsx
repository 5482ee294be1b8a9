import Link from 'next/link'
import { StatusBadge, statusLabel } from '@/components/admin/status-badge'
import { listArticlesForDashboard } from '@/lib/data/article-editing'
import { formatDateTime } from '@/lib/format'

export default async function ArticleListPage({ searchParams }: PageProps<'/admin'>) {
  const params = await searchParams
  const status = typeof params.status === 'string' ? params.status : ''
  const q = typeof params.q === 'string' ? params.q : ''
  const page = Number(typeof params.page === 'string' ? params.page : 1) || 1
  const { articles, total, pageCount } = await listArticlesForDashboard({ status, q, page })
  const pageHref = (n: number) => `/admin?${new URLSearchParams({ ...(status && { status }), ...(q && { q }), page: String(n) })}`

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Articles</h1>
        <Link href="/admin/articles/new" className="rounded-sm bg-ink px-4 py-2 font-semibold text-paper">
          New article
        </Link>
      </div>
      <form className="mt-6 flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="q" className="block text-sm font-semibold">
            Search headlines
          </label>
          <input id="q" name="q" defaultValue={q} className="mt-1 rounded-sm border border-rule bg-paper px-3 py-2" />
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-semibold">
            Status
          </label>
          <select id="status" name="status" defaultValue={status} className="mt-1 rounded-sm border border-rule bg-paper px-3 py-2">
            <option value="">All</option>
            {Object.entries(statusLabel).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button className="rounded-sm border border-ink px-4 py-2 font-semibold">Filter</button>
      </form>
      <p className="mt-4 text-sm text-muted">{total === 1 ? '1 article' : `${total} articles`}</p>
      <table className="mt-2 w-full border-collapse text-sm">
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
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex gap-2 text-sm">
          {Array.from({ length: pageCount }, (_, i) => i + 1).map((n) => (
            <Link key={n} href={pageHref(n)} aria-current={n === page ? 'page' : undefined} className={n === page ? 'font-bold' : 'underline'}>
              {n}
            </Link>
          ))}
        </nav>
      ) : null}
    </>
  )
}
