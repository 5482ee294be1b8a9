import http from 'node:http'
import type { NextRequest } from 'next/server'
import { searchPublishedArticles } from '@/lib/data/search'
import { parsePageParam } from '@/lib/pagination'
import { composeSearchPage, searchTitle, type SearchView } from '@/lib/search-html'
import { normaliseQuery } from '@/lib/search-text'
import { unavailablePage } from '@/lib/db-health'
import { installedHitCache } from '@/lib/hit-cache.mjs'
import { NO_SCRIPTS_POLICY } from '@/lib/reader-html.mjs'
import { publicCsp } from '@/lib/security-headers'

// Every /search address: the empty form, each page of results, a 404 past the last page or for a
// page value that is not a page number, and a 503 while the database is away. The site's chrome
// comes from /search/shell, a cached page this server answers from memory; the search's own part
// is written as HTML strings (lib/search-html.ts), not rendered through React (see there why).
// A 200 is kept by the server's memory (lib/hit-cache.mjs) with the tags of the shell and of the
// results, so the same search again is answered without coming here, until one of them expires.

/** Shared caches may keep a search as long as a listing page; tag expiry cannot reach them either way. */
const CACHEABLE = 's-maxage=300, stale-while-revalidate=3300'

/** The shell as the server keeps it (requestKey in lib/hit-cache.mjs): its tags are the chrome's. */
const SHELL_KEY = '/search/shell'

type Shell = { html: string; link: string | null }

/**
 * The shell page, asked of this server itself (node:http, not the fetch Next patches inside
 * requests) at the address it listens on, never at the Host a reader sent.
 */
function fetchShell(): Promise<Shell | null> {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN
  if (!origin) return Promise.resolve(null)
  return new Promise((resolve) => {
    const request = http.get(new URL('/search/shell', origin), { headers: { 'user-agent': 'broadside-search' } }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const link = response.headers.link
        resolve(response.statusCode === 200 ? { html: Buffer.concat(chunks).toString('utf8'), link: typeof link === 'string' ? link : null } : null)
      })
      response.on('error', () => resolve(null))
    })
    request.on('error', () => resolve(null))
    request.setTimeout(10_000, () => request.destroy())
  })
}

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const query = normaliseQuery(params.getAll('q'))
  const pageValues = params.getAll('page')
  const page = parsePageParam(pageValues.length ? pageValues : undefined)
  // Asked at once: it comes from memory while the database answers the search.
  const shellComing = fetchShell()

  let view: SearchView
  let status = 200
  let tags: string[] = []
  if (page === null) view = { kind: 'not-found', query }
  else if (!query.text) view = page === 1 ? { kind: 'form' } : { kind: 'not-found', query }
  else {
    try {
      const results = query.hasWords ? await searchPublishedArticles(query.text, page) : null
      view = results?.kind === 'past-end' || (!query.hasWords && page > 1) ? { kind: 'not-found', query } : { kind: 'results', query, results }
      if (results?.kind === 'results') tags = results.tags
    } catch (error) {
      console.error('Search failed:', error instanceof Error ? error.message : error)
      view = { kind: 'unavailable', query }
    }
  }
  if (view.kind === 'not-found') status = 404
  if (view.kind === 'unavailable') status = 503

  const shell = await shellComing
  const title = view.kind === 'not-found' ? 'Page not found' : view.kind === 'unavailable' ? 'Back shortly' : searchTitle(query.text)
  const body = shell ? composeSearchPage(shell.html, view, title) : null
  if (body === null) {
    console.error('Search: the shell page (/search/shell) could not be read or has no slot.')
    return new Response(unavailablePage(null), { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '30', 'Cache-Control': 'no-store', 'Content-Security-Policy': publicCsp } })
  }
  const headers = new Headers({
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': status === 200 ? CACHEABLE : 'no-store',
    // The site's public policy, and a second that allows no script, as cached reader pages have.
    'Content-Security-Policy': `${publicCsp}, ${NO_SCRIPTS_POLICY}`,
  })
  if (shell?.link) headers.set('Link', shell.link)
  if (status === 503) headers.set('Retry-After', '30')
  if (status === 200) await noteAnswer(body, tags)
  return new Response(body, { status, headers })
}

/**
 * Gives the server's memory this answer to keep, with the shell's tags as well as the results':
 * without them a renamed site or section would stay in it. The shell is kept once Next has
 * served it from its cache; just after it expired, Next rendered it anew for this request, so
 * it is asked for once more, and is then kept.
 */
async function noteAnswer(body: string, tags: string[]) {
  const hits = installedHitCache()
  // HIT_CACHE_MB=0: nothing is kept, so the shell is never asked for twice.
  if (!hits || hits.maxBytes <= 0) return
  if (!hits.tagsOf(SHELL_KEY)) await fetchShell()
  const shellTags = hits.tagsOf(SHELL_KEY)
  if (shellTags) hits.noteAnswer(body, [...shellTags, ...tags])
}
