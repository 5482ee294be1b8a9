import type { SettingChange } from '@/lib/data/article-editing'

/** The settings two versions of a piece differ in, each "from → to" (read out as "from becomes to"). */
export function SettingsChanges({ changes, className = '' }: { changes: SettingChange[]; className?: string }) {
  return (
    <dl className={`grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[14rem_1fr] ${className}`}>
      {changes.map((c) => (
        <div key={c.label} className="contents">
          <dt className="font-semibold">{c.label}</dt>
          <dd className="break-words">
            {c.from} <span aria-hidden="true">→</span> <span className="sr-only">becomes</span> {c.to}
          </dd>
        </div>
      ))}
    </dl>
  )
}
