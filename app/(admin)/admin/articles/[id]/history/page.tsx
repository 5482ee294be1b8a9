import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Notice } from '@/components/ui/notice'
import { compareRevisions, listRevisions, previewRevisionPrune } from '@/lib/data/article-editing'
import { formatDateTime } from '@/lib/format'
import { refusalToPage } from '@/lib/page-refusal'
import { pruneRevisionsSchema } from '@/lib/validation/article'
import { pruneRevisions } from '../../actions'
import { AdminTable } from '@/components/admin/admin-table'
import { LabelledSection } from '@/components/admin/labelled-section'
import { RevisionDiff, revisionReasons as reasons } from '@/components/admin/revision-diff'
import { SettingsChanges } from '@/components/admin/settings-changes'

export const metadata: Metadata = { title: 'Revision history' }

const notices = {
  pruned: { text: 'Old revisions deleted. What is listed below is what was kept; the audit log records the prune.', ok: true },
  'prune-confirm': { text: 'Nothing was deleted: tick the box to confirm, then delete.', ok: false },
  'prune-invalid': { text: 'Nothing was deleted: give a number of days and how many revisions to keep, as whole numbers.', ok: false },
  forbidden: { text: 'You do not have permission to do that.', ok: false },
  missing: { text: 'That article no longer exists.', ok: false },
  failed: { text: 'Something went wrong and nothing was deleted. Try again in a moment.', ok: false },
}

const field = 'mt-1 w-24 rounded-sm border border-rule bg-paper px-2 py-1'

export default async function HistoryPage({ params, searchParams }: PageProps<'/admin/articles/[id]/history'>) {
  const [{ id }, query] = await Promise.all([params, searchParams])
  const data = await listRevisions(id).catch(refusalToPage)
  if (!data) notFound()
  const { article, revisions } = data
  const from = typeof query.from === 'string' ? query.from : (revisions[1]?.id ?? '')
  const to = typeof query.to === 'string' ? query.to : (revisions[0]?.id ?? '')
  const diff = from && to && from !== to ? await compareRevisions(id, from, to).catch(refusalToPage) : null
  // An administrator's prune is previewed first: the rows it would delete are marked below.
  const pruneOptions = article.canPrune ? pruneRevisionsSchema.safeParse({ olderThanDays: query.pruneDays, keepNewest: query.pruneKeep }) : null
  const prune = pruneOptions?.success ? { options: pruneOptions.data, plan: await previewRevisionPrune(id, pruneOptions.data).catch(refusalToPage) } : null
  const doomed = new Set(prune?.plan.remove)
  const label = (revId: string) => {
    const r = revisions.find((x) => x.id === revId)
    return r ? `${reasons[r.reason] ?? r.reason} by ${r.by}, ${formatDateTime(r.createdAt)}` : ''
  }

  return (
    <>
      <p className="text-sm">
        <a href={`/admin/articles/${id}`} className="underline">
          Back to the editor
        </a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">History: {article.headline}</h1>
      <p className="mt-1 text-sm text-muted">
        Every revision is kept unless an administrator prunes old ones. Choose two to compare, or restore one: you will see what the restore changes, and confirm it, first.
      </p>
      <Notice code={query.notice} notices={notices} />
      <form className="mt-6" aria-label="Compare revisions">
        <AdminTable columns={['From', 'To', 'What', 'Who and when', { label: 'Words', align: 'right' }, { label: 'Restore', hidden: true }]} className="">
          {revisions.map((r, i) => (
            <tr key={r.id}>
              <td>
                <input type="radio" name="from" value={r.id} defaultChecked={r.id === from} aria-label={`Compare from revision ${revisions.length - i}`} className="h-5 w-5" />
              </td>
              <td>
                <input type="radio" name="to" value={r.id} defaultChecked={r.id === to} aria-label={`Compare to revision ${revisions.length - i}`} className="h-5 w-5" />
              </td>
              <td>
                {reasons[r.reason] ?? r.reason} <span className="text-muted">(version {r.version})</span>
                {doomed.has(r.id) ? <strong className="ml-2 text-accent">Will be deleted</strong> : null}
              </td>
              <td>
                {r.by}, {formatDateTime(r.createdAt)}
              </td>
              <td className="text-right">{r.words}</td>
              <td className="text-right">
                {article.canEdit && i > 0 ? (
                  // A page that says what the restore will do and asks to confirm it: nothing changes from here.
                  <a
                    href={`/admin/articles/${id}/history/restore/${r.id}`}
                    aria-label={`Restore revision ${revisions.length - i}`}
                    className="inline-block rounded-sm border border-ink px-3 py-1"
                  >
                    Restore
                  </a>
                ) : null}
              </td>
            </tr>
          ))}
        </AdminTable>
        <button className="mt-3 rounded-sm bg-ink px-4 py-2 font-semibold text-paper">Compare</button>
      </form>
      {article.canPrune ? (
        <LabelledSection heading="Prune old revisions" className="mt-8 space-y-3 rounded-sm border border-rule p-4" headingClassName="text-lg font-bold">
          <p className="text-sm text-muted">
            Deletes saves and autosaves older than the days you give, except the newest you keep. The newest revision, the current version and every milestone
            (created, submitted, sent back, scheduled, published, unpublished, restored) are always kept.
          </p>
          <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Preview pruning">
            <label className="text-sm font-semibold">
              Older than (days)
              <input name="pruneDays" type="number" min={1} defaultValue={prune?.options.olderThanDays ?? 30} className={`${field} block`} />
            </label>
            <label className="text-sm font-semibold">
              Keep the newest
              <input name="pruneKeep" type="number" min={1} defaultValue={prune?.options.keepNewest ?? 10} className={`${field} block`} />
            </label>
            <button className="rounded-sm border border-ink px-4 py-2 font-semibold">Preview</button>
          </form>
          {prune ? (
            prune.plan.remove.length === 0 ? (
              <p role="status" className="text-sm">
                Nothing to delete with these settings.
              </p>
            ) : (
              <form action={pruneRevisions} className="space-y-2" aria-label="Delete old revisions">
                <p role="status" className="text-sm">
                  {prune.plan.remove.length} of {prune.plan.remove.length + prune.plan.keep.length} revisions would be deleted (marked “Will be deleted” above).
                </p>
                <input type="hidden" name="articleId" value={id} />
                <input type="hidden" name="olderThanDays" value={prune.options.olderThanDays} />
                <input type="hidden" name="keepNewest" value={prune.options.keepNewest} />
                <label className="flex items-start gap-2 text-sm">
                  <input type="checkbox" name="confirm" required className="mt-0.5 h-4 w-4" />
                  <span>I understand these {prune.plan.remove.length} revisions will be deleted for good.</span>
                </label>
                <button className="rounded-sm border-2 border-accent px-4 py-2 font-semibold">Delete {prune.plan.remove.length} revisions</button>
              </form>
            )
          ) : null}
        </LabelledSection>
      ) : null}
      {diff ? (
        <LabelledSection heading={`Changes from “${label(from)}” to “${label(to)}”`} className="mt-8 space-y-4 rounded-sm border border-rule p-4" headingClassName="text-lg font-bold">
          <RevisionDiff parts={diff.headline} label="Headline" />
          <RevisionDiff parts={diff.standfirst} label="Standfirst" />
          <RevisionDiff parts={diff.body} label="Body" />
          <div>
            <h3 className="text-sm font-semibold text-muted">Settings</h3>
            {diff.settings.length ? (
              <SettingsChanges changes={diff.settings} className="mt-1" />
            ) : (
              <p className="text-sm text-muted">No change to the address, section, byline, tags, correction, hero image, search fields or “Before you go” box.</p>
            )}
          </div>
        </LabelledSection>
      ) : null}
    </>
  )
}
