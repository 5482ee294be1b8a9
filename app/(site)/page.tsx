import { ArticleCard } from '@/components/site/article-card'
import { listLatestArticles } from '@/lib/data/articles'

export default async function HomePage() {
  const articles = await listLatestArticles(21)
  const [lead, ...rest] = articles
  return (
    <>
      <h1 className="sr-only">Latest news, analysis and opinion</h1>
      {lead ? (
        <section aria-label="Lead story" className="border-b border-rule pb-8">
          <ArticleCard article={lead} lead />
        </section>
      ) : (
        <p>Nothing has been published yet.</p>
      )}
      {rest.length ? (
        <section aria-labelledby="latest" className="mt-8">
          <h2 id="latest" className="mb-4 border-b-2 border-ink pb-1 font-sans text-sm font-bold tracking-wide uppercase">
            Latest
          </h2>
          <div className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
            {rest.map((a) => (
              <ArticleCard key={a.id} article={a} />
            ))}
          </div>
        </section>
      ) : null}
    </>
  )
}
