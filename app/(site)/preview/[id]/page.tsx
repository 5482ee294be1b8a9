import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { ArticleView } from '@/components/site/article-view'
import { NoticeLink, NoticePage } from '@/components/membership/notice-page'
import { statusLabel } from '@/components/admin/status-badge'
import { getActor } from '@/lib/auth'
import { getArticlePreview } from '@/lib/data/article-editing'
import { getSiteSettings } from '@/lib/data/settings'
import { INVALID_PREVIEW_ADVICE, INVALID_PREVIEW_TITLE } from '@/lib/invalid-preview-page'

// Never indexed, never cached: a preview is for one person, now.
export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false, nocache: true } }

// The whole page arrives in the first HTML, with no static shell around it: content streamed
// into a <Suspense> hole is swapped in by a script, so someone opening a share link without
// JavaScript saw "Loading the preview…" for ever.
export const instant = false

export default async function PreviewPage({ params, searchParams }: PageProps<'/preview/[id]'>) {
  const [{ id }, query, draft] = await Promise.all([params, searchParams, draftMode()])
  const token = typeof query.token === 'string' ? query.token : undefined
  const article = await getArticlePreview(id, { staff: draft.isEnabled, token })
  if (!article) {
    // Signed-in staff outside draft mode (a bookmarked preview, a share link gone stale): /api/preview
    // turns draft mode on and sends them back here, where lib/data decides what they may see.
    if (!draft.isEnabled && (await getActor())) redirect(`/api/preview?id=${encodeURIComponent(id)}`)
    // proxy.ts answers a bad link from a visitor without a session with a real 404 before this
    // page renders; this is for a stale session, or a link to a piece since deleted. The same
    // words whichever it is, so nobody learns whether the piece exists.
    return draft.isEnabled ? (
      <NoticePage title="This piece cannot be previewed">
        <p>It may have been deleted, or it is not one you may open.</p>
        <NoticeLink href="/api/preview/exit">Back to the dashboard</NoticeLink>
      </NoticePage>
    ) : (
      <NoticePage title={INVALID_PREVIEW_TITLE}>
        <p>{INVALID_PREVIEW_ADVICE}</p>
        <NoticeLink href="/">Go to the front page</NoticeLink>
      </NoticePage>
    )
  }
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
