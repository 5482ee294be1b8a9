import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { NotFoundMessage } from '@/components/site/not-found-message'
import { Pagination } from '@/components/site/pagination'
import type { SearchResults } from '@/lib/data/search'
import { html } from './html'
import { composeSearchPage, notFoundHtml, paginationHtml, searchRegionHtml, SLOT_START, type SearchView } from './search-html'
import { MARK_END, MARK_START, normaliseQuery } from './search-text'

// The search page is written as strings; the pieces it shares with React pages must come out
// the same, and nothing typed may become markup.

describe('html``', () => {
  it('escapes every value but its own results, joins arrays and drops empty values', () => {
    const name = '<img src=x onerror=alert(1)> & "quotes" \'too\''
    expect(html`<p title="${name}">${name}</p>`.value).toBe('<p title="&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot; &#39;too&#39;">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot; &#39;too&#39;</p>')
    expect(html`<ul>${['a<', html`<li>b</li>`, null, undefined, false, 3]}</ul>`.value).toBe('<ul>a&lt;<li>b</li>3</ul>')
  })
})

describe('the parts React pages share', () => {
  it('writes the pagination exactly as components/site/pagination.tsx renders it', () => {
    const cases = [
      { basePath: '/search', page: 1, pageCount: 1, query: { q: 'rent strike' }, order: 'relevance' as const },
      { basePath: '/search', page: 1, pageCount: 5, query: { q: 'rent strike' }, order: 'relevance' as const },
      { basePath: '/search', page: 3, pageCount: 5, query: { q: '"a&b" <c>' }, order: 'relevance' as const },
      { basePath: '/tag/housing', page: 9, pageCount: 40 },
      { basePath: '/tag/housing', page: 40, pageCount: 40 },
    ]
    for (const props of cases) expect(paginationHtml(props).value, JSON.stringify(props)).toBe(renderToStaticMarkup(createElement(Pagination, props)))
  })

  it('writes the 404 message exactly as components/site/not-found-message.tsx renders it', () => {
    expect(notFoundHtml().value).toBe(renderToStaticMarkup(createElement(NotFoundMessage)))
  })
})

const card = (over: Partial<{ headline: string; slug: string; section: string; author: string }> = {}) => ({
  id: over.slug ?? 'a1',
  slug: over.slug ?? 'rent-strike',
  headline: over.headline ?? 'Rent strike',
  standfirst: '',
  publishedAt: new Date('2026-11-02T10:00:00Z'),
  readingMinutes: 3,
  section: over.section ? { id: 's', name: over.section, slug: 's' } : null,
  hero: null,
  authors: [{ id: 'w', name: over.author ?? 'Maya Patel', slug: 'maya' }],
})

const results = (over: Partial<Extract<SearchResults, { kind: 'results' }>> = {}): SearchResults => ({ kind: 'results', hits: [], total: 0, capped: false, page: 1, pageCount: 1, tags: [], ...over })

describe('the search part', () => {
  it('shows what an article says as text, with only the matched words marked', () => {
    const evil = '<script>alert(1)</script><b>bold</b>'
    const region = searchRegionHtml({
      kind: 'results',
      query: normaliseQuery('strike'),
      results: results({
        total: 1,
        hits: [{ card: card({ headline: evil, section: `News ${evil}`, author: evil }), headline: `Rent ${MARK_START}strike${MARK_END} ${evil}`, standfirst: `A ${MARK_START}strike${MARK_END}`, excerpt: `… ${evil}` }],
      }),
    }).value
    expect(region).not.toMatch(/<script|<b>/)
    expect(region).toContain('<mark>strike</mark>')
    expect(region).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;')
    expect(region).toContain('1 article matches <strong>“strike”</strong>.')
    expect(region).toContain('<a href="/article/rent-strike" class="hover:underline">')
    expect(region).toContain('<time datetime="2026-11-02T10:00:00.000Z">2 November 2026</time>')
  })

  it('keeps what the reader typed in the box, as text', () => {
    const typed = '"><script>alert(1)</script>'
    const region = searchRegionHtml({ kind: 'results', query: normaliseQuery(typed), results: results() }).value
    expect(region).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"')
    expect(region).toContain('No articles match <strong>“&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;”</strong>')
    expect(region).not.toContain('<script')
  })

  it('says when a query has no words, when more match than are ranked, and when it was cut short', () => {
    expect(searchRegionHtml({ kind: 'results', query: normaliseQuery('!!!'), results: null }).value).toContain('it has no words we can look for')
    const capped = searchRegionHtml({ kind: 'results', query: normaliseQuery(`${'strike '.repeat(40)}`), results: results({ total: 74_112, capped: 'about', page: 2, pageCount: 5, hits: [] }) }).value
    expect(capped).toContain('About 74,000 articles match')
    expect(capped).toContain('best matches among the 100 most recent, page 2 of 5')
    expect(capped).toContain('Your search was long, so we used only its first 200 characters.')
    expect(capped).toContain('<a href="/search?q=strike+strike')
  })
})

describe('composeSearchPage', () => {
  const shell = `<!DOCTYPE html><html><head><title>Search | The &amp; Weekly</title><meta property="og:title" content="Search"/><meta name="twitter:title" content="Search"/></head><body><header>Masthead</header><main id="main">${SLOT_START}${searchRegionHtml({ kind: 'form' }).value}</div></main><footer>Footer</footer></body></html>`
  const view: SearchView = { kind: 'results', query: normaliseQuery('<rent> strike'), results: results() }

  it('puts the search into the shell, titled for it and kept out of search engines', () => {
    const page = composeSearchPage(shell, view, 'Search: <rent> strike')!
    expect(page).toContain('<meta name="robots" content="noindex, follow"/><title>Search: &lt;rent&gt; strike | The &amp; Weekly</title>')
    expect(page).toContain('<meta property="og:title" content="Search: &lt;rent&gt; strike"/>')
    expect(page).toContain('<meta name="twitter:title" content="Search: &lt;rent&gt; strike"/>')
    expect(page).toContain('<header>Masthead</header><main id="main"><div class="max-w-4xl">')
    expect(page).toContain('No articles match')
    expect(page).not.toContain('data-search-slot')
    expect(page.endsWith('</main><footer>Footer</footer></body></html>')).toBe(true)
  })

  it('leaves the empty form indexable, as it is', () => {
    const page = composeSearchPage(shell, { kind: 'form' }, 'Search')!
    expect(page).not.toContain('robots')
    expect(page).toContain('<title>Search | The &amp; Weekly</title>')
  })

  it('answers null for a shell without its slot or title, so the caller never sends a page without its results', () => {
    expect(composeSearchPage(shell.replace(SLOT_START, '<div>'), view, 'Search')).toBeNull()
    expect(composeSearchPage(shell.replace('<title>Search', '<title>Other'), view, 'Search')).toBeNull()
  })
})
