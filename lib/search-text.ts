// Pure helpers around full-text search: what a reader typed, and the highlighted snippets
// PostgreSQL's ts_headline hands back.

/** Longest query sent to the database; anything longer is cut (and the page says so). */
export const MAX_QUERY_LENGTH = 200

export type NormalisedQuery = { text: string; truncated: boolean; hasWords: boolean }

/**
 * The query as searched: the first `?q=` value, control characters removed, whitespace
 * collapsed and cut to MAX_QUERY_LENGTH. `hasWords` is false when nothing in it is a letter
 * or digit in any script ("?!", "—"), so the page can answer without asking the database.
 */
export function normaliseQuery(raw: string | string[] | undefined): NormalisedQuery {
  const first = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '')
  const cleaned = first.replace(/[\u0000-\u001f\u007f\uE000-\uF8FF]/g, ' ').replace(/\s+/g, ' ').trim()
  const truncated = cleaned.length > MAX_QUERY_LENGTH
  // Cut on a code point boundary so a surrogate pair is never split.
  const text = truncated ? Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join('').trim() : cleaned
  return { text, truncated, hasWords: /[\p{L}\p{N}]/u.test(text) }
}

/**
 * Delimiters ts_headline wraps around matched words: private-use code points, which
 * normaliseQuery strips from queries and which no stored text is expected to contain.
 */
export const MARK_START = '\uE000'
export const MARK_END = '\uE001'

export type SnippetPart = { text: string; marked: boolean }

/**
 * Splits a ts_headline result into plain and highlighted runs. The page renders each run as
 * a text node (a `<mark>` around the highlighted ones), so nothing in the article text is
 * ever interpreted as HTML. Stray or unbalanced delimiters are dropped.
 */
export function parseSnippet(raw: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  let marked = false
  let buffer = ''
  const flush = () => {
    if (!buffer) return
    const last = parts.at(-1)
    if (last && last.marked === marked) last.text += buffer
    else parts.push({ text: buffer, marked })
    buffer = ''
  }
  for (const ch of raw) {
    if (ch === MARK_START || ch === MARK_END) {
      flush()
      marked = ch === MARK_START
    } else buffer += ch
  }
  flush()
  return parts
}
