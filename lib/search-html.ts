// The search page's own part, written as HTML strings for app/(site)/search/route.ts, which puts it
// into the site's chrome (the prerendered /search/shell page). A search renders nothing through
// React: a per-request React page cost Next about 40 ms before any result was read, most of a
// search's time, where writing these strings takes well under a millisecond. Everything a
// writer or reader typed goes through html``, which escapes it.
import { html, type Html } from '@/lib/html'
import type { SearchResults } from '@/lib/data/search'
import { formatDate, joinNames } from '@/lib/format'
import { pageHref, pageWindow } from '@/lib/pagination'
import { MAX_QUERY_LENGTH, parseSnippet, SEARCH_CANDIDATES, type NormalisedQuery } from '@/lib/search-text'

/** What the page shows: the empty form, results (or why there are none), a 404, or the database being away. */
export type SearchView =
  | { kind: 'form' }
  | { kind: 'results'; query: NormalisedQuery; results: SearchResults | null }
  | { kind: 'not-found'; query: NormalisedQuery }
  | { kind: 'unavailable'; query: NormalisedQuery }

/** An estimated count, to two significant figures: 74,112 reads as "74,000". */
const roughly = (n: number) => Number(n.toPrecision(2)).toLocaleString('en-GB')

/** A plain GET form: search works with JavaScript switched off, and every result page has a URL. */
export function searchFormHtml(query = ''): Html {
  return html`<form action="/search" method="get" role="search" aria-label="Search the archive" class="flex max-w-2xl gap-2"><label for="search-q" class="sr-only">Search the archive</label><input id="search-q" type="search" name="q" value="${query}" maxlength="1000" placeholder="Search the archive" class="min-h-11 w-full min-w-0 rounded-sm border-2 border-ink bg-paper px-3 text-base text-ink placeholder:text-muted"/><button type="submit" class="min-h-11 shrink-0 rounded-sm bg-ink px-5 font-semibold text-paper hover:opacity-90">Search</button></form>`
}

/** Snippet text with the matched words in <mark>; every run is escaped text. */
const highlighted = (text: string) => parseSnippet(text).map((part) => (part.marked ? html`<mark>${part.text}</mark>` : html`<span>${part.text}</span>`))

const CELL = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-sm border px-3'

/**
 * The markup of components/site/pagination.tsx (lib/search-html.test.ts checks they agree):
 * numbered pages with previous and next, a window around the current page.
 */
export function paginationHtml({ basePath, page, pageCount, query = {}, order = 'date' }: { basePath: string; page: number; pageCount: number; query?: Record<string, string>; order?: 'date' | 'relevance' }): Html {
  const [previous, next] = order === 'date' ? ['Newer', 'Older'] : ['Previous', 'Next']
  if (pageCount <= 1) return html``
  return html`<nav aria-label="Pages" class="no-print mt-12 border-t border-rule pt-6"><ul class="flex flex-wrap items-center gap-2 text-sm font-semibold">${
    page > 1 ? html`<li><a href="${pageHref(basePath, page - 1, query)}" rel="prev" class="${CELL} border-rule hover:border-ink"><span aria-hidden="true">←\u00a0</span>${previous}</a></li>` : null
  }${pageWindow(page, pageCount).map((link) =>
    link.kind === 'gap'
      ? html`<li aria-hidden="true" class="px-1 text-muted">…</li>`
      : link.page === page
        ? html`<li><span aria-current="page" class="${CELL} border-ink bg-ink text-paper"><span class="sr-only">Page </span>${link.page}</span></li>`
        : html`<li><a href="${pageHref(basePath, link.page, query)}" class="${CELL} border-rule hover:border-ink"><span class="sr-only">Page </span>${link.page}</a></li>`,
  )}${page < pageCount ? html`<li><a href="${pageHref(basePath, page + 1, query)}" rel="next" class="${CELL} border-rule hover:border-ink">${next}<span aria-hidden="true">\u00a0→</span></a></li>` : null}</ul></nav>`
}

/** The markup of components/site/not-found-message.tsx (checked by lib/search-html.test.ts). */
export function notFoundHtml(): Html {
  return html`<div class="mx-auto max-w-prose py-12"><p class="text-sm font-bold tracking-wide text-accent uppercase">Error 404</p><h1 class="mt-2 font-serif text-4xl font-black">We can’t find that page</h1><p class="mt-4 text-lg">The link may be mistyped, or the piece may have moved or been taken down. Try the front page or search the archive.</p><ul class="mt-6 flex flex-wrap gap-4 font-semibold"><li><a href="/" class="underline">Go to the front page</a></li><li><a href="/search" class="underline">Search the archive</a></li></ul></div>`
}

function resultsHtml(query: NormalisedQuery, results: SearchResults | null): Html {
  // A query that is one quoted phrase is shown in our quotation marks only, not in both.
  const asked = /^"[^"]+"$/.test(query.text) ? query.text.slice(1, -1) : query.text
  if (!query.text) return html`<p class="text-lg">Type a word or phrase to search every article we have published. Put a phrase in “quotes” to find it exactly, or put a minus before a word to leave it out.</p>`
  if (!query.hasWords || !results || results.kind !== 'results')
    return html`<p class="text-lg" role="status">We couldn’t search for <strong>“${asked}”</strong>: it has no words we can look for. Try a name, a place or a topic.</p>`
  const { hits, total, capped, page, pageCount } = results
  const summary =
    total === 0
      ? html`No articles match <strong>“${asked}”</strong>. Check the spelling, or try fewer or different words.`
      : capped
        ? html`${capped === 'about' ? `About ${roughly(total)}` : `More than ${SEARCH_CANDIDATES}`} articles match <strong>“${asked}”</strong>. Here are the best matches among the ${SEARCH_CANDIDATES} most recent${pageCount > 1 ? `, page ${page} of ${pageCount}` : ''}; add words to narrow it down.`
        : html`${total === 1 ? '1 article matches' : `${total.toLocaleString('en-GB')} articles match`} <strong>“${asked}”</strong>${pageCount > 1 ? `, page ${page} of ${pageCount.toLocaleString('en-GB')}` : ''}.`
  return html`<p class="text-lg" role="status">${summary}</p>${
    query.truncated ? html`<p class="mt-2 text-sm text-muted">Your search was long, so we used only its first ${MAX_QUERY_LENGTH} characters.</p>` : null
  }${
    hits.length
      ? html`<ol class="mt-8 space-y-8" aria-label="Search results">${hits.map(
          ({ card, headline, standfirst, excerpt }) =>
            html`<li class="border-b border-rule pb-8 last:border-0"><article>${card.section ? html`<p class="kicker">${card.section.name}</p>` : null}<h2 class="font-serif text-2xl leading-snug font-bold"><a href="/article/${card.slug}" class="hover:underline">${highlighted(headline)}</a></h2>${
              standfirst ? html`<p class="mt-2 text-muted">${highlighted(standfirst)}</p>` : null
            }${excerpt ? html`<p class="mt-2 font-serif">… ${highlighted(excerpt)} …</p>` : null}<p class="mt-2 text-xs text-muted">${
              card.authors.length ? html`<span class="font-semibold text-ink">${joinNames(card.authors.map((a) => a.name))} · </span>` : null
            }${card.publishedAt ? html`<time datetime="${new Date(card.publishedAt).toISOString()}">${formatDate(card.publishedAt)}</time>` : null}</p></article></li>`,
        )}</ol>`
      : null
  }${paginationHtml({ basePath: '/search', page, pageCount, query: { q: query.text }, order: 'relevance' })}`
}

/** The page's own part: what goes inside the site's <main>. */
export function searchRegionHtml(view: SearchView): Html {
  if (view.kind === 'not-found') return notFoundHtml()
  const query = view.kind === 'form' ? '' : view.query.text
  const body =
    view.kind === 'form'
      ? resultsHtml({ text: '', truncated: false, hasWords: false }, null)
      : view.kind === 'unavailable'
        ? html`<div role="alert"><h2 class="font-serif text-2xl font-bold">We’ll be back in a moment</h2><p class="mt-2 text-lg">Search needs our database, which is not answering just now. Articles you have already opened still work, and search will return by itself; try again in a minute.</p></div>`
        : resultsHtml(view.query, view.results)
  return html`<div class="max-w-4xl"><h1 class="font-serif text-4xl font-black sm:text-5xl">Search</h1><div class="mt-6">${searchFormHtml(query)}</div><div class="mt-8">${body}</div></div>`
}

/** Where the shell page (app/(site)/search/shell) puts the page's own part; it runs to the end of <main>. */
export const SLOT_START = '<div data-search-slot="">'

/** The page's title, before the site's name: "Search", or "Search: rent strike". */
export const searchTitle = (query: string) => (query ? `Search: ${query}` : 'Search')

/**
 * The shell with this search's title and part put in, or null when the shell is not the one this
 * code expects (the caller answers an error rather than a page without its results). A page of
 * results is not for search engines to list: it gets `noindex, follow`, as before.
 */
export function composeSearchPage(shell: string, view: SearchView, title: string): string | null {
  const start = shell.indexOf(SLOT_START)
  const end = shell.indexOf('</main>', start)
  const titleTag = /<title>Search( \| [^<]*)?<\/title>/.exec(shell)
  if (start === -1 || end === -1 || !titleTag) return null
  const noIndex = view.kind !== 'form'
  // The shell's own title ends in " | <site name>", already escaped.
  const head = `${noIndex ? '<meta name="robots" content="noindex, follow"/>' : ''}<title>${html`${title}`}${titleTag[1] ?? ''}</title>`
  const withHead = shell.slice(0, titleTag.index) + head + shell.slice(titleTag.index + titleTag[0].length, start)
  const social = withHead.replace(/(<meta (?:property="og:title"|name="twitter:title") content=")Search("\/>)/g, (_, before: string, after: string) => `${before}${html`${title}`}${after}`)
  return `${social}${searchRegionHtml(view)}${shell.slice(end)}`
}
