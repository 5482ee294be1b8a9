import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import { Suspense } from 'react'
import { ArticleView } from '@/components/site/article-view'
import { statusLabel } from '@/components/admin/status-badge'
import { getArticlePreview } from '@/lib/data/article-editing'
import { getSiteSettings } from '@/lib/data/settings'

// Never indexed, never cached: a preview is for one person, now.
export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false, nocache: true } }

export default function PreviewPage(props: PageProps<'/preview/[id]'>) {
  return (
    <Suspense fallback={<p className="text-muted">Loading the preview…</p>}>
      <Preview {...props} />
    </Suspense>
  )
}

async function Preview({ params, searchParams }: PageProps<'/preview/[id]'>) {
  const [{ id }, query, draft] = await Promise.all([params, searchParams, draftMode()])
  const token = typeof query.token === 'string' ? query.token : undefined
  const article = await getArticlePreview(id, { staff: draft.isEnabled, token })
  if (!article) notFound()
  const settings = await getSiteSettings()
  return (
    <>
      <div role="status" aria-label="Preview" className="mb-6 border-2 border-accent bg-panel p-3 font-sans text-sm">
        <strong>Preview</strong>
        {' — '}
        {article.status === 'PUBLISHED' ? 'this piece is live; this is its latest saved version.' : `this is a ${statusLabel[article.status].toLowerCase()} and readers cannot see it yet.`}
        {article.via === 'staff' ? (
          <a href={`/api/preview/exit?id=${encodeURIComponent(article.id)}`} className="ml-3 font-semibold underline">
            Back to the editor
          </a>
        ) : (
          ' It was shared with you by the editors; please do not pass the link on.'
        )}
      </div>
      <ArticleView article={article} settings={settings} />
    </>
  )
}
