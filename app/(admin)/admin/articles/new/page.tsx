import type { Metadata } from 'next'
import { ArticleForm } from '@/components/admin/article-form'
import { getArticleFormOptions } from '@/lib/data/taxonomy'

export const metadata: Metadata = { title: 'New article' }

export default async function NewArticlePage() {
  const options = await getArticleFormOptions()
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">New article</h1>
      <ArticleForm
        initial={{
          headline: '',
          slug: '',
          standfirst: '',
          body: '',
          sectionId: '',
          authorIds: [],
          tagNames: '',
          heroImageId: '',
          showBeforeYouGo: true,
          seoTitle: '',
          seoDescription: '',
        }}
        sections={options.sections}
        authors={options.authors}
        media={options.media.map((m) => ({ id: m.id, label: m.altText || m.originalName }))}
      />
    </>
  )
}
