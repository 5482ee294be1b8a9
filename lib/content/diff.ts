// A word-level diff for revision history: what was removed and what was added, in reading order.
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string }

/** Words with the whitespace after them, so joining the parts gives back the text. */
const tokenize = (text: string) => text.match(/\S+\s*|\s+/g) ?? []

/**
 * Longest-common-subsequence diff over words. Common leading and trailing runs are
 * trimmed first, so a long article with a small edit stays cheap.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before)
  const b = tokenize(after)
  let start = 0
  while (start < a.length && start < b.length && a[start]!.trim() === b[start]!.trim()) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1]!.trim() === b[endB - 1]!.trim()) {
    endA--
    endB--
  }
  const midA = a.slice(start, endA)
  const midB = b.slice(start, endB)
  const parts: DiffPart[] = []
  const push = (kind: DiffPart['kind'], text: string) => {
    if (!text) return
    const last = parts.at(-1)
    if (last && last.kind === kind) last.text += text
    else parts.push({ kind, text })
  }
  push('same', a.slice(0, start).join(''))
  if (midA.length * midB.length > 4_000_000) {
    // Too different to align word by word: show it as replaced.
    push('removed', midA.join(''))
    push('added', midB.join(''))
  } else {
    const n = midA.length
    const m = midB.length
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--) lcs[i]![j] = midA[i]!.trim() === midB[j]!.trim() ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
    let i = 0
    let j = 0
    while (i < n && j < m) {
      if (midA[i]!.trim() === midB[j]!.trim()) {
        push('same', midB[j]!)
        i++
        j++
      } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push('removed', midA[i++]!)
      else push('added', midB[j++]!)
    }
    while (i < n) push('removed', midA[i++]!)
    while (j < m) push('added', midB[j++]!)
  }
  push('same', b.slice(endB).join(''))
  return parts
}
