import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { ArticleView } from '@/components/site/article-view'
import { getPublishedArticleBySlug, listRecentSlugs } from '@/lib/data/articles'
import { findArticleRedirect } from '@/lib/data/redirects'
import { getSiteSettings } from '@/lib/data/settings'

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
  return <ArticleView article={article} settings={settings} />
}
