import { ArticleCard } from './article-card'
import type { ArticleCardDto } from '@/lib/data/dto'

export function RelatedArticles({ articles }: { articles: ArticleCardDto[] }) {
  if (!articles.length) return null
  return (
    <aside aria-labelledby="related-heading" className="no-print mx-auto mt-16 max-w-6xl border-t-2 border-ink pt-6">
      <h2 id="related-heading" className="section-heading border-0 pb-0">
        Read next
      </h2>
      <div className="grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
        {articles.map((a) => (
          <ArticleCard key={a.id} article={a} />
        ))}
      </div>
    </aside>
  )
}
