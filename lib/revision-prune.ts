// Which revisions an administrator's prune removes. Pure, so the history page's preview and
// the prune itself agree, and the rules are tested on their own (revision-prune.test.ts).

/** Revisions that mark a moment in a piece's life; a prune never removes them. Only saves and autosaves go. */
export const PRUNABLE_REASONS = ['save', 'autosave'] as const

export const PRUNE_LIMITS = { olderThanDays: { min: 1, max: 3650 }, keepNewest: { min: 1, max: 1000 } } as const

export type PruneOptions = { olderThanDays: number; keepNewest: number }
export type PrunableRevision = { id: string; createdAt: Date; reason: string; version: number }

const clamp = (n: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, Math.floor(Number.isFinite(n) ? n : min)))

/**
 * A revision is removed only if it is a save or autosave, older than `olderThanDays`, not
 * among the newest `keepNewest` (always at least one: the newest is never removed), and not
 * of the article's current version (the text the editor holds, and readers see if it is live).
 */
export function planRevisionPrune(revisions: PrunableRevision[], currentVersion: number, options: PruneOptions, now = new Date()) {
  const keepNewest = clamp(options.keepNewest, PRUNE_LIMITS.keepNewest)
  const cutoff = now.getTime() - clamp(options.olderThanDays, PRUNE_LIMITS.olderThanDays) * 24 * 60 * 60 * 1000
  const newestFirst = [...revisions].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
  const remove: string[] = []
  const keep: string[] = []
  newestFirst.forEach((r, i) => {
    const prunable =
      i >= keepNewest && r.createdAt.getTime() < cutoff && (PRUNABLE_REASONS as readonly string[]).includes(r.reason) && r.version !== currentVersion
    ;(prunable ? remove : keep).push(r.id)
  })
  return { remove, keep }
}
