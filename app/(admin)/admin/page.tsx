import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { AdminPager, AdminTable } from '@/components/admin/admin-table'
import { FilterSelect, SearchFilter, SuggestedInput } from '@/components/admin/filter-fields'
import { StatusBadge, statusLabel } from '@/components/admin/status-badge'
import { ARTICLE_SORTS, COUNT_EXACTLY_UP_TO, listArticlesForDashboard } from '@/lib/data/article-editing'
import { getSiteSettings } from '@/lib/data/settings'
import { getArticleListFilterOptions } from '@/lib/data/taxonomy'
import { formatDateTime } from '@/lib/format'
import { parsePageParam } from '@/lib/pagination'

// A layout's title template applies below it, not to the page beside it: this one spells it out.
export async function generateMetadata(): Promise<Metadata> {
  const { siteName } = await getSiteSettings()
  return { title: { absolute: `Articles · ${siteName} dashboard` } }
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '')

export default async function ArticleListPage({ searchParams }: PageProps<'/admin'>) {
  const params = await searchParams
  const filters = {
    status: one(params.status),
    q: one(params.q),
    sectionId: one(params.section),
    author: one(params.author),
    tag: one(params.tag),
    sort: one(params.sort),
  }
  // Not a page number (0, -1, 'two') means the first page.
  const page = parsePageParam(one(params.page) || undefined) ?? 1
  const [{ articles, total, totalKind, pageCount, sort }, options] = await Promise.all([
    listArticlesForDashboard({ ...filters, page }),
    getArticleListFilterOptions(),
  ])
  const pagesLabel =
    totalKind === 'exact' ? pageCount.toLocaleString('en-GB') : totalKind === 'estimate' ? `about ${pageCount.toLocaleString('en-GB')}` : `${(pageCount - 1).toLocaleString('en-GB')}+`
  const query = { status: filters.status, q: filters.q, section: filters.sectionId, author: filters.author, tag: filters.tag, sort: filters.sort }
  const pageHref = (n: number) => `/admin?${new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter(([, v]) => v)), page: String(n) })}`
  const filtered = Object.entries(query).some(([k, v]) => v && k !== 'sort')
  // Past the end (an old link, a typed number): the last page when the count is exact, else the first.
  if (page > 1 && articles.length === 0) redirect(pageHref(totalKind === 'exact' ? pageCount : 1))

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Articles</h1>
        <a href="/admin/articles/new" className="rounded-sm bg-ink px-4 py-2 font-semibold text-paper">
          New article
        </a>
      </div>
      <form className="mt-6 grid grid-cols-2 items-end gap-3 md:grid-cols-3 lg:grid-cols-8" role="search" aria-label="Filter articles">
        <SearchFilter label="Search headlines" value={filters.q} className="col-span-2 md:col-span-3 lg:col-span-2" />
        <FilterSelect name="status" label="Status" value={filters.status} options={Object.entries(statusLabel).map(([value, label]) => ({ value, label }))} />
        <FilterSelect
          name="section"
          label="Section"
          value={filters.sectionId}
          extra={{ value: 'none', label: 'No section' }}
          options={options.sections.map((s) => ({ value: s.id, label: s.name }))}
        />
        <SuggestedInput name="author" label="Author" value={filters.author} suggestions={options.authors.map((a) => a.name)} />
        <SuggestedInput name="tag" label="Tag" value={filters.tag} suggestions={options.tags.map((t) => t.name)} />
        <FilterSelect
          name="sort"
          label="Sort"
          value={sort}
          everything={null}
          options={Object.entries(ARTICLE_SORTS).map(([value, { label }]) => ({ value, label }))}
          className="lg:col-span-2"
        />
        <div className="col-span-2 flex gap-2 md:col-span-3 lg:col-span-8">
          <button className="rounded-sm border border-ink px-4 py-2 font-semibold">Apply</button>
          {filtered ? (
            <a href="/admin" className="px-2 py-2 underline">
              Clear filters
            </a>
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
      <AdminTable columns={['Headline', 'Status', 'Authors', 'Last edited']}>
        {articles.map((a) => (
          <tr key={a.id}>
            <td>
              <a href={`/admin/articles/${a.id}`} className="font-semibold underline">
                {a.headline}
              </a>
              {a.section ? <span className="block text-xs text-muted">{a.section.name}</span> : null}
            </td>
            <td>
              <StatusBadge status={a.status} />
              {a.status === 'SCHEDULED' && a.scheduledFor ? <span className="block text-xs text-muted">for {formatDateTime(a.scheduledFor)}</span> : null}
              {a.status === 'PUBLISHED' && a.publishedAt ? <span className="block text-xs text-muted">{formatDateTime(a.publishedAt)}</span> : null}
            </td>
            <td>{a.authors.join(', ')}</td>
            <td>
              {formatDateTime(a.updatedAt)}
              {a.lastEditedBy ? <span className="block text-xs text-muted">by {a.lastEditedBy.name}</span> : null}
            </td>
          </tr>
        ))}
      </AdminTable>
      {articles.length === 0 ? <p className="mt-4">No articles match.</p> : null}
      <AdminPager page={page} pageCount={pageCount} href={pageHref} />
    </>
  )
}
