// Next's own response cache, with nothing made up kept on disk and pages served as bytes.
//
// Out of the box, `next start` writes every page it renders at request time to files under
// <distDir>/server/route-cache and never removes them, 404s included: anyone could fill the
// disk by asking for made-up addresses (an unknown article, tag, author or section) or for
// later pages of endless distinct searches. This handler is Next's file-system cache that
// still writes real pages (so they survive a restart fresher than the build's copies, and a
// page pushed out of the in-memory LRU is read back rather than rendered again: for that it
// writes the payload file Next leaves out, see lacksPayloadFile) but keeps
// 404s and search pages in memory only (the LRU of `cacheMaxMemorySize`, 50 MB). What is on
// disk is then bounded by what the site has published. Images keep their own size-capped disk
// cache (they use this handler only with `images.customCacheHandler`, which is off).
//
// It also hands Next each cached page's HTML as bytes rather than text. Next keeps a page's
// HTML as a JavaScript string and writes it with res.end(string), so every hit re-encodes the
// whole page to UTF-8 on the way out (seen as about a fifth of the CPU of a cached article hit
// in a --cpu-prof; a bare Node server does about half as many requests a second writing a page
// as a string as writing the same bytes). Given a Buffer, Next streams it as it is. The
// conversion happens once per entry in the in-memory LRU (the object it holds is the one
// returned here, and nothing is awaited between the check and the swap). What changes: the
// response goes out chunked, without a Content-Length, and would get no ETag (they are off,
// next.config.ts); the LRU keeps counting the entry at its text length, which is within a few
// per cent of its bytes for English.
//
// And it gives a page that called notFound() the markup of the site's not-found page. Next
// 16 answers such a page with a 404 whose HTML is an empty error shell (<html
// id="__next_error__"> with nothing in its body), the not-found page living only in React's
// payload for the scripts to draw (vercel/next.js#98954): with JavaScript off, an unknown
// article, tag, author or section, or a listing page past its end, was a blank page. An
// address no route matches is answered properly, from the prerendered /_not-found page; these
// 404s, which go through this cache (memory only, above), get that page's HTML, the freshest
// copy Next has rendered, as its own unmatched addresses do. The entry Next caches is the one
// it then sends, so the first request is answered with it too. Next renders /_not-found again
// only when someone asks for an address nothing answers, so when the tags it carries expire (a
// section or a setting, such as the site's name, changed) the handler asks for one itself
// (refreshNotFound), and a 404 that took the older copy meanwhile is given the new one when
// next served.
//
// And reader pages lose their scripts: see lib/reader-html.mjs for which pages and why. The
// RSC payload Next keeps beside the HTML (for navigations in the browser) is left as it is.
//
// And it tells the server's own memory of cache hits (lib/hit-cache.mjs, in front of Next) what
// each page it hands out carries and when, and which tags expire.
//
// It extends a Next.js internal module (next 16.4, pinned in package.json): if an upgrade moves
// it, loading fails loudly here rather than silently writing everything to disk again.
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import path from 'node:path'
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import { installedHitCache } from './hit-cache.mjs'
import { isErrorShell, isReaderPage, NO_SCRIPTS_POLICY, withoutScripts } from './reader-html.mjs'

const FileSystemCache = fileSystemCache.default ?? fileSystemCache

/** Pages worth keeping on disk: anything but a 404 (made-up addresses are endless). */
export const keepsOnDisk = (key, data) => !(data?.kind === 'APP_PAGE' && data.status === 404)

const NOT_FOUND_KEY = '$/_not-found'
/** The latest /_not-found page Next rendered, or null until one is seen (the build's copy is read instead). */
let notFoundHtml = null
/** The cache tags /_not-found carries (its masthead's: sections and settings), once known. */
let notFoundTags = []
/** Bumped with each new copy; a 404 remembers which copy it was given (FILLED_WITH). */
let notFoundCopy = 0
const FILLED_WITH = Symbol('not-found copy')
const CACHE_TAGS_HEADER = 'x-next-cache-tags'

const tagsOf = (value) => (typeof value?.headers?.[CACHE_TAGS_HEADER] === 'string' ? value.headers[CACHE_TAGS_HEADER].split(',') : [])

/**
 * Asks this server for an address nothing answers (in the background, with node:http rather than
 * the fetch Next patches inside requests), so Next renders /_not-found again now that its tags
 * have expired, and set() keeps the fresh copy. `__NEXT_PRIVATE_ORIGIN` is where `next start`
 * listens; without it (the build) there is nothing to ask.
 */
function refreshNotFound() {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN
  if (!origin) return
  const url = new URL('/_not-found', origin)
  const request = (url.protocol === 'https:' ? https : http).get(url, { headers: { 'user-agent': 'broadside-not-found-refresh' } }, (response) => response.resume())
  request.on('error', () => {})
  request.setTimeout(30_000, () => request.destroy())
}

/**
 * Whether Next wrote this page to disk without the React payload its own reader needs. With
 * Cache Components on, FileSystemCache.set skips a page's .rsc file (it expects a shell to
 * resume), but get reads one for every page without postponed parts and treats its absence as
 * a miss: every page rendered while serving was written to disk and never read back, so a
 * restart, or a page pushed out of the in-memory LRU, rendered it again. The handler writes
 * the file itself, as the build does for the pages it prerenders.
 */
const lacksPayloadFile = (data, ctx) =>
  data?.kind === 'APP_PAGE' && data.postponed == null && data.rscData != null && ctx?.isRoutePPREnabled && !ctx.isFallback && !ctx.fetchCache

export default class RouteCache extends FileSystemCache {
  /** The site's not-found page as Next renders it for unmatched addresses, or null if there is none to read. */
  notFoundPage() {
    if (notFoundHtml === null) {
      try {
        notFoundHtml = fs.readFileSync(path.join(this.serverDistDir, 'app', '_not-found.html'), 'utf8')
        notFoundTags = tagsOf(JSON.parse(fs.readFileSync(path.join(this.serverDistDir, 'app', '_not-found.meta'), 'utf8')))
      } catch {
        return notFoundHtml
      }
    }
    return notFoundHtml
  }

  /** Gives a notFound() page's empty shell the not-found page's markup (see the top of this file). */
  fillNotFound(key, value) {
    if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string') return
    if (key.endsWith(NOT_FOUND_KEY)) {
      if (!isErrorShell(value.html)) {
        notFoundHtml = value.html
        notFoundTags = tagsOf(value)
        notFoundCopy++
      }
    } else if (value.status === 404 && isErrorShell(value.html)) {
      value.html = this.notFoundPage() ?? value.html
      value[FILLED_WITH] = notFoundCopy
    }
  }

  /** A 404 given an older copy of the not-found page than the latest gets the latest, without scripts as every 404 is. */
  refillNotFound(value) {
    if (value?.[FILLED_WITH] === undefined || value[FILLED_WITH] === notFoundCopy || notFoundHtml === null) return
    value.html = Buffer.from(withoutScripts(notFoundHtml))
    value[FILLED_WITH] = notFoundCopy
  }

  async revalidateTag(tags, durations) {
    // The server's copies of pages (lib/hit-cache.mjs) go first: none outlives Next's entry.
    installedHitCache()?.expireTags(tags)
    await super.revalidateTag(tags, durations)
    const expired = typeof tags === 'string' ? [tags] : tags
    if (this.notFoundPage() !== null && expired.some((tag) => notFoundTags.includes(tag))) refreshNotFound()
  }

  /** What every cached page's HTML goes through, once, before it is first sent or kept. */
  prepare(key, value) {
    this.fillNotFound(key, value)
    if (isReaderPage(key, value)) {
      value.html = withoutScripts(value.html)
      // Kept with the entry (and in its .meta on disk); Next sends an entry's headers with it.
      value.headers = { ...value.headers, 'content-security-policy': NO_SCRIPTS_POLICY }
    }
  }

  async set(key, data, ctx) {
    this.prepare(key, data)
    // FileSystemCache.set reads flushToDisk before its first await, so the override is exact.
    const flushToDisk = this.flushToDisk
    const toDisk = flushToDisk && keepsOnDisk(key, data)
    this.flushToDisk = toDisk
    let written
    try {
      written = super.set(key, data, ctx)
    } finally {
      this.flushToDisk = flushToDisk
    }
    await written
    if (toDisk && lacksPayloadFile(data, ctx)) await fs.promises.writeFile(this.getFilePath(`${key}.rsc`, 'APP_PAGE'), data.rscData)
  }

  async get(...args) {
    const entry = await super.get(...args)
    const value = entry?.value
    // Entries written before this handler saw them (the build's own prerendered pages). Once an
    // entry's HTML is bytes it has been through here: the in-memory LRU holds this object.
    if (typeof value?.html === 'string') this.prepare(args[0], value)
    if (value?.kind === 'APP_PAGE' && typeof value.html === 'string') value.html = Buffer.from(value.html)
    this.refillNotFound(value)
    // What the server needs to keep this page's answer, if it is one to keep (lib/hit-cache.mjs).
    installedHitCache()?.noteEntry(entry)
    return entry
  }
}
