import { BeforeYouGo } from './before-you-go'
import { Byline } from './byline'
import { HeroFigure } from './hero-figure'
import { TagList } from './tag-list'
import type { PublishedArticle } from '@/lib/data/articles'
import type { SiteSettingsDto } from '@/lib/data/settings'
import { readingMinutes } from '@/lib/content/document'
import { formatDate } from '@/lib/format'

/**
 * An article as readers see it; the public page and the staff preview both render this.
 * `children` (share links on the public page) follow the tags, inside the article.
 */
export function ArticleView({ article, settings, children }: { article: PublishedArticle; settings: SiteSettingsDto; children?: React.ReactNode }) {
  return (
    <article className="mx-auto max-w-4xl">
      {article.hero ? <HeroFigure image={article.hero} /> : null}
      <div className="article-column">
        <h1 className="font-serif text-3xl leading-tight font-black text-balance sm:text-5xl">{article.headline}</h1>
        {article.standfirst ? <p className="mt-4 font-serif text-xl leading-snug text-muted sm:text-2xl">{article.standfirst}</p> : null}
        <div className="mt-6">
          <Byline
            authors={article.authors}
            section={article.section}
            publishedAt={article.publishedAt}
            updatedAt={article.updatedAt}
            readingMinutes={readingMinutes(article.wordCount)}
          />
        </div>
        {article.correction ? (
          <aside aria-label="Correction" className="mt-6 border-l-4 border-accent bg-panel p-4 text-sm">
            <p>
              <strong>Correction{article.correctionAt ? `, ${formatDate(article.correctionAt)}` : ''}:</strong> {article.correction}
            </p>
          </aside>
        ) : null}
        <div className="article-body mt-8" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        {article.showBeforeYouGo ? <BeforeYouGo settings={settings} articleSlug={article.slug} /> : null}
        <TagList tags={article.tags} />
        {children}
      </div>
    </article>
  )
}
