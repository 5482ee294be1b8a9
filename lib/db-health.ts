// Is the database answering? Asked by proxy.ts before dynamic pages, at most once every
// two seconds per server, so an outage gets a designed 503 instead of a failed render,
// and recovery is noticed by itself. Uses its own tiny connection: the proxy runs outside
// the app's module graph, so it cannot share lib/db's pool. The same visit reads the site's name
// (a setting), for the pages the proxy sends itself: at most two seconds old, and still known
// while the database is away.
import pg from 'pg'
import { escapeHtml } from '@/lib/escape-html'
import { DEFAULT_SITE_NAME } from '@/lib/site-name'

const CHECK_EVERY_MS = 2_000
// A database that is down refuses the connection at once; these limits are for one that hangs.
// They are generous because they are timed on the server's own event loop: with the server
// saturated (search at 50 concurrent requests answered in up to 1.8 s), one-second limits
// fired before the answer was read, and two seconds of readers got the outage page from a
// healthy database (644 of the bench's search requests did).
const PROBE_TIMEOUT_MS = 5_000
let last: { at: number; healthy: boolean; pending?: Promise<boolean> } = { at: 0, healthy: true }
let siteName: string | null = null

async function probe(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS })
  try {
    await client.connect()
    await client.query('SELECT 1')
    await readSiteName(client)
    return true
  } catch {
    return false
  } finally {
    client.end().catch(() => {})
  }
}

/** Kept apart from the health check: a failure here says nothing about the database being up. */
async function readSiteName(client: pg.Client) {
  try {
    const { rows } = await client.query<{ siteName: string }>('SELECT "siteName" FROM "SiteSettings" WHERE id = 1')
    siteName = rows[0]?.siteName ?? DEFAULT_SITE_NAME
  } catch {
    // The last name read stands.
  }
}

/** The site's name as last read by the health check, or null if it has never been read. */
export const lastKnownSiteName = () => siteName

export async function databaseIsHealthy(url: string | undefined): Promise<boolean> {
  if (!url) return true
  const now = Date.now()
  if (now - last.at < CHECK_EVERY_MS) return last.pending ?? last.healthy
  const pending = probe(url).then((healthy) => {
    last = { at: Date.now(), healthy }
    return healthy
  })
  last = { ...last, at: now, pending }
  return pending
}

/** The 503 page, under the site's name when it has been read. */
export function unavailablePage(name: string | null) {
  const site = name ? escapeHtml(name) : ''
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Back shortly${site ? ` | ${site}` : ''}</title>
<style>body{font-family:Georgia,'Times New Roman',serif;max-width:38rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a;background:#fbfaf7;line-height:1.6}
h1{font-size:2.2rem;line-height:1.2}a{color:#b3001b}@media (prefers-color-scheme:dark){body{color:#ecebe8;background:#141414}a{color:#ff6b6b}}</style></head>
<body><main>${site ? `<p><strong>${site}</strong></p>` : ''}<h1>We&rsquo;ll be back in a moment</h1>
<p>This page needs our database, which is not answering just now. Articles you have already opened still work, and this page will return by itself; try again in a minute.</p>
<p><a href="/">Go to the front page</a></p></main></body></html>`
}
