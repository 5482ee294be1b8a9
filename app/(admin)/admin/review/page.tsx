import { requirePageAccess } from '@/lib/auth'
import { canReviewArticles } from '@/lib/permissions'
import type { Metadata } from 'next'
import { LabelledSection } from '@/components/admin/labelled-section'
import { listReviewQueue } from '@/lib/data/article-editing'
import { formatDateTime } from '@/lib/format'

export const metadata: Metadata = { title: 'Review queue' }

export default async function ReviewQueuePage() {
  await requirePageAccess(canReviewArticles)
  const { inReview, scheduled } = await listReviewQueue()
  return (
    <>
      <h1 className="text-2xl font-bold">Review queue</h1>
      <LabelledSection heading={`Waiting for an editor (${inReview.length})`} className="mt-6" headingClassName="text-lg font-bold">
        {inReview.length ? (
          <ul className="mt-2 divide-y divide-rule border-y border-rule">
            {inReview.map((a) => (
              <li key={a.id} className="py-2">
                <a href={`/admin/articles/${a.id}`} className="font-semibold underline">
                  {a.headline}
                </a>
                <span className="block text-sm text-muted">
                  {a.authors.join(', ') || 'No byline'} · submitted {formatDateTime(a.updatedAt)}
                  {a.section ? ` · ${a.section.name}` : ''}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-muted">Nothing is waiting.</p>
        )}
      </LabelledSection>
      <LabelledSection heading={`Scheduled (${scheduled.length})`} className="mt-8" headingClassName="text-lg font-bold">
        {scheduled.length ? (
          <ul className="mt-2 divide-y divide-rule border-y border-rule">
            {scheduled.map((a) => (
              <li key={a.id} className="py-2">
                <a href={`/admin/articles/${a.id}`} className="font-semibold underline">
                  {a.headline}
                </a>
                <span className="block text-sm text-muted">Goes live {a.scheduledFor ? formatDateTime(a.scheduledFor) : 'soon'}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-muted">Nothing is scheduled.</p>
        )}
      </LabelledSection>
    </>
  )
}
