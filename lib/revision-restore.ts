// What a restore keeps of the piece as it is now. Pure, so the confirmation page and the restore
// itself agree, and the rule is tested on its own (revision-restore.test.ts).

export type CorrectionNotice = { text: string; at: Date | null }

/**
 * A correction, once published, is a public record: a restore never silently takes one away.
 * The piece keeps its current correction, with its date, unless the revision carries one dated
 * later than the current one's date (or the piece has none now); then the revision's comes back.
 * `kept` says which.
 */
export function correctionAfterRestore(current: CorrectionNotice, restored: CorrectionNotice): CorrectionNotice & { kept: boolean } {
  if (!current.text) return { ...restored, kept: false }
  // An undated current correction is kept: nothing says the revision's is newer.
  const restoredIsNewer = Boolean(restored.text && restored.at && current.at && restored.at.getTime() > current.at.getTime())
  return restoredIsNewer ? { ...restored, kept: false } : { ...current, kept: true }
}
