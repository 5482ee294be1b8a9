// Pure helpers around full-text search: what a reader typed, and the highlighted snippets
// PostgreSQL's ts_headline hands back.

/** Longest query sent to the database, in characters; anything longer is cut (and the page says so). */
export const MAX_QUERY_LENGTH = 200

export type NormalisedQuery = { text: string; truncated: boolean; hasWords: boolean }

/**
 * The query as searched: the first `?q=` value, curly quotes made straight (foldQuotes, so a
 * “phrase” is a phrase), control characters and emoji removed, whitespace
 * collapsed and cut to MAX_QUERY_LENGTH (wordsWithin). `hasWords` is false when nothing in it is a letter
 * or digit in any script ("?!", "—"), so the page can answer without asking the database.
 */
/**
 * Emoji, which are no words PostgreSQL can stem, yet each became a term every match had to
 * contain: "🚌 bus" found nothing. Whole sequences go (skin tones, variation selectors, joined
 * emoji, keycaps, flags), but a zero-width joiner between letters stays: some scripts (Sinhala,
 * Devanagari) use it inside words.
 */
const EMOJI =
  /[0-9#*]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:[\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u20E3\u{E0020}-\u{E007F}]|\u200D\p{Extended_Pictographic})*|[\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u20E3]/gu

/**
 * Curly quotes and apostrophes (and primes), and the straight forms they count as in a search:
 * a phone types "Britain’s" and “bus drivers”, an article may hold either. The search vector
 * folds them the same way (migration search_folds_quotes), one character for one.
 */
export const CURLY_QUOTES = '\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033'
export const STRAIGHT_QUOTES = "'''''" + '"""""'
const CURLY = new RegExp(`[${CURLY_QUOTES}]`, 'g')

export const foldQuotes = (text: string) => text.replace(CURLY, (c) => STRAIGHT_QUOTES[CURLY_QUOTES.indexOf(c)]!)

/**
 * ts_headline's result for the folded text, with the original's own characters put back: each
 * fragment (split at `delimiter`) is found in the folded text and copied from the original at
 * the same place, the highlight marks kept. Folding is one UTF-16 unit for one, so places match.
 * A fragment that cannot be found is left folded.
 */
export function unfoldQuotes(highlighted: string, original: string, delimiter?: string): string {
  const folded = foldQuotes(original)
  if (folded === original) return highlighted
  const fragments = delimiter ? highlighted.split(delimiter) : [highlighted]
  return fragments
    .map((fragment) => {
      const at = folded.indexOf(fragment.replaceAll(MARK_START, '').replaceAll(MARK_END, ''))
      if (at < 0) return fragment
      let out = ''
      let i = at
      for (const unit of fragment.split('')) out += unit === MARK_START || unit === MARK_END ? unit : original[i++]
      return out
    })
    .join(delimiter ?? '')
}

/**
 * What a typed fragment may look like in stored text, for substring filters (the dashboard's
 * "Search headlines", the members list): as typed, with straight quotes, and with a straight
 * apostrophe made curly, so "o'brien" finds "O’Brien" and "britain’s" finds "Britain's".
 */
export function quoteVariants(text: string): string[] {
  return [...new Set([text, foldQuotes(text), text.replace(/'/g, '\u2019')])]
}

export function normaliseQuery(raw: string | string[] | undefined): NormalisedQuery {
  const first = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '')
  const cleaned = foldQuotes(first)
    .replace(/[\u0000-\u001f\u007f\uE000-\uF8FF]/g, ' ')
    .replace(EMOJI, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const characters = Array.from(cleaned)
  const truncated = characters.length > MAX_QUERY_LENGTH
  const text = truncated ? wordsWithin(characters, MAX_QUERY_LENGTH) : cleaned
  return { text, truncated, hasWords: /[\p{L}\p{N}]/u.test(text) }
}

/**
 * The longest run of whole words and whole "quoted phrases" from the start of `characters`
 * (a query already tidied: single spaces, straight quotes) that fits in `max` characters: a word
 * cut in two ("strike stri") is a term no article has, and every term must match. A first word
 * or phrase longer than `max` on its own is cut at its last space within the limit, or at `max`
 * itself if it has none; either way on a code point, so a surrogate pair is never split.
 */
function wordsWithin(characters: string[], max: number): string {
  let lastBreak = -1
  let lastSpace = -1
  let inPhrase = false
  for (let i = 0; i <= max; i++) {
    const c = characters[i]
    if (c === ' ') {
      lastSpace = i
      if (!inPhrase) lastBreak = i
    } else if (c === '"') inPhrase = !inPhrase
  }
  const end = lastBreak > 0 ? lastBreak : lastSpace > 0 ? lastSpace : max
  return characters.slice(0, end).join('').trim()
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

/** How many of the newest matches a search ranks (ten pages); more matches than this are estimated, not ranked. */
export const SEARCH_CANDIDATES = 100

/**
 * Results a search page shows: ten, as the BBC's and most news sites' searches do, where the
 * listings show twenty. Each result's snippets are the costliest part of a new query
 * (ts_headline and a regular expression over its body, about 0.7 ms of the database's time
 * apiece), and a reader looking for a piece reads the first few.
 */
export const SEARCH_PAGE_SIZE = 10

export type CandidatePlan = { kind: 'walk'; limit: number } | { kind: 'bitmap' }

/**
 * How a search finds its newest `candidates` matches (lib/data/search.ts), from PostgreSQL's
 * estimate of how many published articles match and how many articles there are:
 *
 * - walk the newest articles in date order, testing each, until `candidates` match: about
 *   candidates ÷ selectivity articles at ~10 µs each (each test reads a tsvector from TOAST);
 * - or take every match from the GIN index as a bitmap, at ~2.5 µs a match, and keep the newest.
 *
 * They cost the same near 2·√(candidates · archive) matches: about 6,300 of 100,000 articles.
 * A walk goes at most three times as far as the estimate says it needs (never past 10,000
 * articles), so a word common only in old pieces cannot send it through the whole archive;
 * if it comes back short, the caller takes the bitmap after all.
 */
export function candidatePlan(estimate: number, archive: number, candidates: number): CandidatePlan {
  if (!(archive > 0) || !(estimate > 2 * Math.sqrt(candidates * archive))) return { kind: 'bitmap' }
  return { kind: 'walk', limit: Math.min(10_000, Math.ceil((3 * candidates * archive) / estimate)) }
}
