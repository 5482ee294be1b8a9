import type { Metadata } from 'next'
import { ArticleEditor } from '@/components/admin/article-editor'
import { emptyDoc } from '@/lib/content/document'
import { getArticleFormOptions } from '@/lib/data/taxonomy'
import { getSiteSettings } from '@/lib/data/settings'
import { env } from '@/lib/env'

export const metadata: Metadata = { title: 'New article' }

export default async function NewArticlePage() {
  const [options, settings] = await Promise.all([getArticleFormOptions(), getSiteSettings()])
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">New article</h1>
      <ArticleEditor
        initial={{
          headline: '',
          slug: '',
          slugAuto: true,
          standfirst: '',
          body: emptyDoc(),
          sectionId: '',
          authors: [],
          tags: [],
          hero: null,
          showBeforeYouGo: true,
          seoTitle: '',
          seoDescription: '',
          correction: '',
          correctionAt: '',
        }}
        sections={options.sections}
        authors={options.authors}
        tags={options.tags.map((t) => t.name)}
        siteUrl={env.SITE_URL}
        siteName={settings.siteName}
      />
    </>
  )
}
