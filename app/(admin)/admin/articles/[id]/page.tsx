import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleEditor } from '@/components/admin/article-editor'
import { ArticleStatusLine, ArticleWorkflow, StatusForm } from '@/components/admin/article-workflow'
import { getArticleForEditing } from '@/lib/data/article-editing'
import { getArticleFormOptions } from '@/lib/data/taxonomy'
import { getSiteSettings } from '@/lib/data/settings'
import { env } from '@/lib/env'
import { formatDateTime } from '@/lib/format'
import { refusalToPage } from '@/lib/page-refusal'
import { ScheduleForm } from '@/components/admin/schedule-form'
import { publishArticle, scheduleArticle, sendBackForChanges, submitForReview, unpublishArticle } from '../actions'

export const metadata: Metadata = { title: 'Edit article' }

const notices: Record<string, { text: string; ok: boolean }> = {
  created: { text: 'Draft created.', ok: true },
  published: { text: 'Published. It is live now.', ok: true },
  unpublished: { text: 'Unpublished. Readers can no longer see it.', ok: true },
  restored: { text: 'Revision restored. It is saved as a new revision, so nothing was lost.', ok: true },
  'restored-live': { text: 'Revision restored, and live now: readers see it. It is saved as a new revision, so nothing was lost.', ok: true },
  submitted: { text: 'Submitted for review. An editor will look at it; you will see their note here if they send it back.', ok: true },
  returned: { text: 'Sent back to the writer with your note.', ok: true },
  scheduled: { text: 'Scheduled. It will go live at the time shown, without anyone needing to be here.', ok: true },
  'invalid-reviewNote': { text: 'Say what needs changing before sending the piece back.', ok: false },
  'invalid-body': { text: 'There is nothing to publish yet: write the piece and save it, then publish.', ok: false },
  'invalid-scheduledFor': { text: 'That time has passed or is not a date. Choose a time in the future, or publish now.', ok: false },
  forbidden: { text: 'You do not have permission to do that.', ok: false },
  'restore-byline': {
    text: 'Nothing changed: that revision credits a staff member who is no longer on the byline, and only an editor can add them back. Ask an editor to restore it.',
    ok: false,
  },
  missing: { text: 'That article no longer exists.', ok: false },
  failed: { text: 'Something went wrong and nothing changed. Try again in a moment.', ok: false },
  stale: { text: 'Nothing changed: someone else saved this piece since you opened it. Read it as it is now, then try again.', ok: false },
  unchanged: { text: 'Nothing changed: this piece had already been moved on elsewhere. Its status is shown above.', ok: false },
}

export default async function EditArticlePage({ params, searchParams }: PageProps<'/admin/articles/[id]'>) {
  const { id } = await params
  const { notice } = await searchParams
  const [article, options, settings] = await Promise.all([getArticleForEditing(id).catch(refusalToPage), getArticleFormOptions(), getSiteSettings()])
  if (!article) notFound()
  const message = typeof notice === 'string' ? notices[notice] : undefined

  const updatedAt = article.updatedAt.toISOString()

  return (
    <ArticleWorkflow article={{ status: article.status, slug: article.slug, updatedAt, lastEditedBy: article.lastEditedBy?.name ?? null, version: article.editor.version ?? 0 }}>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Edit article</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
            {/* Follows the editor's saves: status, when and by whom it was last edited. */}
            <ArticleStatusLine rendered={{ updatedAt, text: formatDateTime(article.updatedAt) }} />
            <a href={`/admin/articles/${article.id}/history`} className="underline">
              History
            </a>
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          {article.canSubmit ? (
            <StatusForm action={submitForReview} refusal="Not submitted for review">
              <input type="hidden" name="articleId" value={article.id} />
              <button className="rounded-sm bg-accent px-4 py-2 font-semibold text-accent-ink">Submit for review</button>
            </StatusForm>
          ) : null}
          {article.canPublish ? (
            article.status !== 'PUBLISHED' ? (
              <StatusForm action={publishArticle} refusal="Not published">
                <input type="hidden" name="articleId" value={article.id} />
                <button className="rounded-sm bg-accent px-4 py-2 font-semibold text-accent-ink">{article.status === 'SCHEDULED' ? 'Publish now' : 'Publish'}</button>
              </StatusForm>
            ) : (
              <StatusForm action={unpublishArticle} refusal="Not unpublished" saveFirst={false}>
                <input type="hidden" name="articleId" value={article.id} />
                <button className="rounded-sm border border-ink px-4 py-2 font-semibold">Unpublish</button>
              </StatusForm>
            )
          ) : null}
        </div>
      </div>
      {!article.canEdit ? (
        <p role="note" className="mb-4 border-l-4 border-ink bg-panel p-3 text-sm">
          <strong>You can read this piece but not change it:</strong>{' '}
          {article.status === 'IN_REVIEW'
            ? 'it is with the editors for review, and they will send it back to you if it needs changes.'
            : 'once a piece has been through the editors, only an editor can change it.'}
        </p>
      ) : null}
      {article.status === 'SCHEDULED' && article.scheduledFor ? (
        <p className="mb-4 text-sm">
          Scheduled to go live <strong>{formatDateTime(article.scheduledFor)}</strong> (London time).
        </p>
      ) : null}
      {article.status === 'DRAFT' && article.reviewNote ? (
        <aside aria-label="Note from the editor" className="mb-4 border-l-4 border-amber-600 bg-panel p-3 text-sm">
          <strong>Sent back by the editors:</strong> {article.reviewNote}
        </aside>
      ) : null}
      {article.canReview || article.canSchedule ? (
        <section aria-label="Review and scheduling" className="mb-4 grid gap-4 rounded-sm border border-rule p-3 md:grid-cols-2">
          {article.canReview ? (
            <StatusForm action={sendBackForChanges} refusal="Not sent back" className="space-y-2">
              <input type="hidden" name="articleId" value={article.id} />
              {/* The label wraps the field: an id written here would be on every copy of this page Next keeps mounted. */}
              <label className="block font-semibold">
                Note to the writer
                <textarea name="reviewNote" rows={2} required className="block w-full rounded-sm border border-rule bg-paper px-3 py-2 font-normal" />
              </label>
              <button className="rounded-sm border border-ink px-4 py-2 font-semibold">Send back</button>
            </StatusForm>
          ) : null}
          {article.canSchedule ? (
            <ScheduleForm action={scheduleArticle} articleId={article.id} current={article.scheduledFor?.toISOString() ?? null} approving={article.status === 'IN_REVIEW'} />
          ) : null}
        </section>
      ) : null}
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={`mb-4 rounded-sm border p-3 text-sm ${message.ok ? 'border-green-700' : 'border-accent'}`}>
          {message.text}
        </p>
      ) : null}
      <ArticleEditor
        readOnly={!article.canEdit}
        live={article.status === 'PUBLISHED'}
        initial={article.editor}
        sections={options.sections}
        authors={options.authors}
        tags={options.tags.map((t) => t.name)}
        siteUrl={env.SITE_URL}
        siteName={settings.siteName}
      />
    </ArticleWorkflow>
  )
}
