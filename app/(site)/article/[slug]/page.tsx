import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { BeforeYouGo } from '@/components/site/before-you-go'
import { Byline } from '@/components/site/byline'
import { HeroFigure } from '@/components/site/hero-figure'
import { TagList } from '@/components/site/tag-list'
import { getPublishedArticleBySlug, listRecentSlugs } from '@/lib/data/articles'
import { findArticleRedirect } from '@/lib/data/redirects'
import { getSiteSettings } from '@/lib/data/settings'
import { readingMinutes } from '@/lib/content/document'
import { formatDate } from '@/lib/format'

export async function generateStaticParams() {
  const slugs = await listRecentSlugs(20)
  // Cache Components needs at least one entry; a placeholder answers 404.
  return (slugs.length ? slugs : ['__none__']).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: PageProps<'/article/[slug]'>): Promise<Metadata> {
  const { slug } = await params
  const article = await getPublishedArticleBySlug(slug)
  if (!article) return { title: 'Page not found' }
  const description = article.seoDescription || article.standfirst
  return {
    title: article.seoTitle || article.headline,
    description,
    alternates: { canonical: `/article/${article.slug}` },
    openGraph: {
      type: 'article',
      title: article.seoTitle || article.headline,
      description,
      publishedTime: article.publishedAt.toISOString(),
      ...(article.hero ? { images: [{ url: article.hero.src, width: article.hero.width, height: article.hero.height, alt: article.hero.alt }] } : {}),
    },
    twitter: { card: article.hero ? 'summary_large_image' : 'summary' },
  }
}

export default async function ArticlePage({ params }: PageProps<'/article/[slug]'>) {
  const { slug } = await params
  const article = await getPublishedArticleBySlug(slug)
  if (!article) {
    const moved = await findArticleRedirect(slug)
    if (moved) permanentRedirect(`/article/${moved}`)
    notFound()
  }
  const settings = await getSiteSettings()
  return (
    <article className="mx-auto max-w-4xl">
      {article.hero ? <HeroFigure image={article.hero} /> : null}
      <h1 className="font-serif text-3xl leading-tight font-black sm:text-5xl">{article.headline}</h1>
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
      <div className="article-body mx-auto mt-8" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      <div className="mx-auto max-w-[65ch]">
        {article.showBeforeYouGo ? <BeforeYouGo settings={settings} articleSlug={article.slug} /> : null}
        <TagList tags={article.tags} />
      </div>
    </article>
  )
}
