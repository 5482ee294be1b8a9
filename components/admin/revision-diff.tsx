import type { DiffPart } from '@/lib/content/diff'

/** How the history names what made each revision. */
export const revisionReasons: Record<string, string> = {
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

/** One field's word-level changes: removed words struck through, added ones marked. */
export function RevisionDiff({ parts, label }: { parts: DiffPart[]; label: string }) {
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
