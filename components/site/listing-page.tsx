import { ArticleCard } from './article-card'
import { Pagination } from './pagination'
import type { ArticleCardDto } from '@/lib/data/dto'

/**
 * The body of a section, tag or author page: a header the caller fills in, the page's
 * articles newest first, numbered pages, and the feed for this list.
 */
export function ListingPage({
  header,
  articles,
  page,
  pageCount,
  total,
  basePath,
  emptyText,
  showSection = true,
}: {
  header: React.ReactNode
  articles: ArticleCardDto[]
  page: number
  pageCount: number
  total: number
  basePath: string
  emptyText: string
  showSection?: boolean
}) {
  return (
    <>
      <header className="border-b-2 border-ink pb-6">
        {header}
        <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
          <span>
            {total === 1 ? '1 article' : `${total.toLocaleString('en-GB')} articles`}
            {pageCount > 1 ? ` · page ${page} of ${pageCount.toLocaleString('en-GB')}` : ''}
          </span>
          <a href={`${basePath}/feed.xml`} className="no-print font-semibold text-ink underline">
            RSS feed
          </a>
        </p>
      </header>
      {articles.length ? (
        <ol className="mt-8 space-y-8" aria-label="Articles">
          {articles.map((article, i) => (
            <li key={article.id} className="border-b border-rule pb-8 last:border-0">
              <ArticleCard article={article} variant="row" headingLevel={2} priority={i < 2} showSection={showSection} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-8 text-lg">{emptyText}</p>
      )}
      <Pagination basePath={basePath} page={page} pageCount={pageCount} />
    </>
  )
}
