import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { ArticleView } from '@/components/site/article-view'
import { JsonLd } from '@/components/site/json-ld'
import { RelatedArticles } from '@/components/site/related-articles'
import { ShareLinks } from '@/components/site/share-links'
import { getPublishedArticleBySlug, listRecentSlugs, listRelatedArticles } from '@/lib/data/articles'
import { findArticleRedirect } from '@/lib/data/redirects'
import { getSiteSettings } from '@/lib/data/settings'
import { articleDescription } from '@/lib/article-description'
import { absoluteUrl, LOGO, pageMetadata } from '@/lib/seo'
import { newsArticleJsonLd } from '@/lib/structured-data'
import { lowerCasedSlug } from '@/lib/slug'

export async function generateStaticParams() {
  const slugs = await listRecentSlugs(20)
  // Cache Components needs at least one entry; a placeholder answers 404.
  return (slugs.length ? slugs : ['__none__']).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: PageProps<'/article/[slug]'>): Promise<Metadata> {
  const { slug } = await params
  const [article, settings] = await Promise.all([getPublishedArticleBySlug(slug), getSiteSettings()])
  if (!article) return { title: 'Page not found' }
  return pageMetadata({
    title: article.seoTitle || article.headline,
    description: articleDescription(article),
    path: `/article/${article.slug}`,
    siteName: settings.siteName,
    type: 'article',
    image: article.hero ? { url: article.hero.src, width: article.hero.width, height: article.hero.height, alt: article.hero.alt } : null,
    article: {
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: (article.updatedAt ?? article.publishedAt).toISOString(),
      section: article.section?.name,
      authors: article.authors.map((a) => absoluteUrl(`/author/${a.slug}`)),
      tags: article.tags.map((t) => t.name),
    },
    feeds: [
      ...(article.section ? [{ title: article.section.name, path: `/section/${article.section.slug}/feed.xml` }] : []),
      ...article.authors.map((a) => ({ title: a.name, path: `/author/${a.slug}/feed.xml` })),
    ],
  })
}

export default async function ArticlePage({ params }: PageProps<'/article/[slug]'>) {
  const { slug } = await params
  const article = await getPublishedArticleBySlug(slug)
  if (!article) {
    const moved = lowerCasedSlug(slug) ?? (await findArticleRedirect(slug))
    if (moved) permanentRedirect(`/article/${moved}`)
    notFound()
  }
  const [settings, related] = await Promise.all([
    getSiteSettings(),
    listRelatedArticles({ id: article.id, sectionId: article.section?.id ?? null, tagIds: article.tags.map((t) => t.id) }),
  ])
  const url = absoluteUrl(`/article/${article.slug}`)
  return (
    <>
      <JsonLd
        data={newsArticleJsonLd({
          url,
          headline: article.headline,
          description: articleDescription(article),
          image: article.hero ? { url: absoluteUrl(article.hero.src), width: article.hero.width, height: article.hero.height } : null,
          datePublished: article.publishedAt,
          dateModified: article.updatedAt ?? article.publishedAt,
          authors: article.authors.map((a) => ({ name: a.name, url: absoluteUrl(`/author/${a.slug}`) })),
          section: article.section?.name ?? null,
          keywords: article.tags.map((t) => t.name),
          publisher: { name: settings.siteName, url: absoluteUrl('/'), logo: { url: absoluteUrl(LOGO.path), width: LOGO.width, height: LOGO.height } },
        })}
      />
      <ArticleView article={article} settings={settings}>
        <ShareLinks url={url} title={article.headline} />
      </ArticleView>
      <RelatedArticles articles={related} />
    </>
  )
}
