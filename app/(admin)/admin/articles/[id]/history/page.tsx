import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { compareRevisions, listRevisions } from '@/lib/data/article-editing'
import type { DiffPart } from '@/lib/content/diff'
import { formatDateTime } from '@/lib/format'
import { restoreRevision } from '../../actions'

export const metadata: Metadata = { title: 'Revision history' }

const reasons: Record<string, string> = {
  create: 'Created',
  save: 'Saved',
  autosave: 'Autosaved',
  publish: 'Published',
  unpublish: 'Unpublished',
  restore: 'Restored an earlier revision',
  schedule: 'Scheduled',
  submit: 'Submitted for review',
  return: 'Sent back',
}

function Diff({ parts, label }: { parts: DiffPart[]; label: string }) {
  return (
    <div>
      <h3 className="text-sm font-semibold text-muted">{label}</h3>
      <p className="mt-1 font-serif whitespace-pre-line">
        {parts.map((p, i) =>
          p.kind === 'added' ? (
            <ins key={i} className="bg-green-100 text-green-900 no-underline dark:bg-green-950 dark:text-green-100">
              {p.text}
            </ins>
          ) : p.kind === 'removed' ? (
            <del key={i} className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100">
              {p.text}
            </del>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </p>
    </div>
  )
}

export default async function HistoryPage({ params, searchParams }: PageProps<'/admin/articles/[id]/history'>) {
  const [{ id }, query] = await Promise.all([params, searchParams])
  const data = await listRevisions(id)
  if (!data) notFound()
  const { article, revisions } = data
  const from = typeof query.from === 'string' ? query.from : (revisions[1]?.id ?? '')
  const to = typeof query.to === 'string' ? query.to : (revisions[0]?.id ?? '')
  const diff = from && to && from !== to ? await compareRevisions(id, from, to) : null
  const label = (revId: string) => {
    const r = revisions.find((x) => x.id === revId)
    return r ? `${reasons[r.reason] ?? r.reason} by ${r.by}, ${formatDateTime(r.createdAt)}` : ''
  }

  return (
    <>
      <p className="text-sm">
        <Link href={`/admin/articles/${id}`} className="underline">
          Back to the editor
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">History: {article.headline}</h1>
      <p className="mt-1 text-sm text-muted">Every revision is kept. Choose two to compare, or restore one (the restore becomes a new revision).</p>
      <form className="mt-6" aria-label="Compare revisions">
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b-2 border-ink text-left">
                <th scope="col" className="py-2 pr-3">From</th>
                <th scope="col" className="py-2 pr-3">To</th>
                <th scope="col" className="py-2 pr-3">What</th>
                <th scope="col" className="py-2 pr-3">Who and when</th>
                <th scope="col" className="py-2 pr-3 text-right">Words</th>
                <th scope="col" className="py-2 pr-3"><span className="sr-only">Restore</span></th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r, i) => (
                <tr key={r.id} className="border-b border-rule">
                  <td className="py-2 pr-3">
                    <input type="radio" name="from" value={r.id} defaultChecked={r.id === from} aria-label={`Compare from revision ${revisions.length - i}`} className="h-5 w-5" />
                  </td>
                  <td className="py-2 pr-3">
                    <input type="radio" name="to" value={r.id} defaultChecked={r.id === to} aria-label={`Compare to revision ${revisions.length - i}`} className="h-5 w-5" />
                  </td>
                  <td className="py-2 pr-3">
                    {reasons[r.reason] ?? r.reason} <span className="text-muted">(version {r.version})</span>
                  </td>
                  <td className="py-2 pr-3">
                    {r.by}, {formatDateTime(r.createdAt)}
                  </td>
                  <td className="py-2 pr-3 text-right">{r.words}</td>
                  <td className="py-2 pr-3 text-right">
                    {article.canEdit && i > 0 ? (
                      <button
                        form={`restore-${r.id}`}
                        aria-label={`Restore revision ${revisions.length - i}`}
                        className="rounded-sm border border-ink px-3 py-1"
                      >
                        Restore
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button className="mt-3 rounded-sm bg-ink px-4 py-2 font-semibold text-paper">Compare</button>
      </form>
      {/* One small form per restore button, outside the compare form (forms cannot nest); the buttons point at them. */}
      {article.canEdit
        ? revisions.slice(1).map((r) => (
            <form key={r.id} id={`restore-${r.id}`} action={restoreRevision} hidden>
              <input type="hidden" name="articleId" value={id} />
              <input type="hidden" name="revisionId" value={r.id} />
            </form>
          ))
        : null}
      {diff ? (
        <section aria-labelledby="diff-heading" className="mt-8 space-y-4 rounded-sm border border-rule p-4">
          <h2 id="diff-heading" className="text-lg font-bold">
            Changes from “{label(from)}” to “{label(to)}”
          </h2>
          <Diff parts={diff.headline} label="Headline" />
          <Diff parts={diff.standfirst} label="Standfirst" />
          <Diff parts={diff.body} label="Body" />
        </section>
      ) : null}
    </>
  )
}
