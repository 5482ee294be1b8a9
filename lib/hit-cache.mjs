// The server's memory of its own cache hits: a page Next has just served from its cache is kept
// here, whole, and served again without going through Next, until it expires.
//
// Why: a cached article costs Next about a millisecond of CPU per request (routing, its
// next.config headers and rewrites, the route module, the response cache, streaming the stored
// HTML out), where a bare Node server writing the same bytes takes about a tenth of that. Every
// public page is kept whole by Next anyway (see lib/route-cache-handler.mjs); this is the last
// step, taken in front of Next by server.mjs: the request is matched to a response Next gave
// before, byte for byte, headers included.
//
// What is kept: only an answer Next marked `x-nextjs-cache: HIT` (so it came out of Next's own
// cache, and the same page goes to everyone), with status 200, a shared Cache-Control
// (s-maxage, never private or no-store), no Set-Cookie, and HTML or XML. Asked for by a plain
// GET: no query string, no React Server Components or prefetch request (`rsc`, `next-*`
// headers), no draft-mode cookie, no Range, nothing Next's own revalidation sends. A repeat of
// such a request may carry tracking parameters (utm_*, fbclid and friends) that no page reads:
// that is how a widely shared piece is asked for.
//
// Also kept: an answer a route handler says is the same for everyone (noteAnswer), with what it
// depends on. That is the search (app/(site)/search/route.ts), which Next renders per request
// and cannot cache as a page: its answers are keyed by their whole query string, and may take at
// most a quarter of the memory, so a flood of made-up searches cannot push the pages out.
//
// When it goes: as Next's own entry goes. lib/route-cache-handler.mjs tells this cache about
// every tag expired on this instance (every write goes through expireTags, lib/cache.ts, and
// other instances' notices arrive the same way), and an entry holding any of those tags is
// dropped at once; an answer on its way while something expired is not kept. An entry is also
// kept no longer than its s-maxage after Next stored the page, so when Next would serve its
// page stale and render it again in the background, the request goes to Next to do so. Also
// bounded in size (HIT_CACHE_MB, least recently used first out).
//
// One difference from Next, on purpose: Next renders a page per request for link-preview bots
// (its htmlLimitedBots: Twitterbot, Slackbot and the like) so that they get metadata it would
// otherwise stream; here they get the kept page, whose metadata is in its <head> already.
//
// Responses go out with a Content-Length and, when the reader accepts gzip and the server
// compresses (COMPRESS, next.config.ts), gzipped once per entry rather than once per request.
// `x-broadside-cache: hit` says a response came from here.
import { AsyncLocalStorage } from 'node:async_hooks'
import zlib from 'node:zlib'

/** Where server.mjs puts the cache, for lib/route-cache-handler.mjs (which Next loads on its own) to find. */
export const HIT_CACHE = Symbol.for('broadside.hit-cache')

/** Query keys that no page reads: a shared link's tracking. Anything else goes to Next. */
const HARMLESS_QUERY_KEY = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|ref)$/i

/** A path of plain segments: no empty, `.` or `..` segment, no %, backslash or other oddity. */
const CANONICAL_PATH = /^(?:\/(?!\.{1,2}(?:\/|$))[A-Za-z0-9._~!$&'()*+,;=:@-]+)*\/?$/
const MAX_PATH = 512
const MAX_QUERY = 512

/** The one address whose answers are kept per query string (see noteAnswer). */
const SEARCH_PATH = '/search'

/** Most pages kept at once, and what each costs beyond its bodies (its key, headers and bookkeeping). */
const MAX_ENTRIES = 5000
const ENTRY_OVERHEAD = 1024

/** Response headers not replayed: they describe one transfer, or are set here per response. */
const PER_RESPONSE = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'vary'])

/** The share of maxBytes that answers noted by route handlers may take. */
const ANSWER_SHARE = 0.25

/** Smaller bodies are not compressed (the threshold of Next's compression). */
const GZIP_MIN_BYTES = 1024

/**
 * The key a request is kept under, or null when it must go to Next. With `forCapture`, only a
 * request whose answer may be kept: a GET with no query string at all, or a search with its own.
 * @param {{ method?: string, url?: string, rawHeaders: string[], headers: Record<string, string | string[] | undefined> }} req
 * @param {boolean} forCapture
 * @returns {string | null}
 */
export function requestKey(req, forCapture) {
  if (req.method !== 'GET' && (forCapture || req.method !== 'HEAD')) return null
  const url = req.url
  if (!url || url.charCodeAt(0) !== 47 /* / */) return null
  const q = url.indexOf('?')
  const pathname = q === -1 ? url : url.slice(0, q)
  // Only an address as Next would write it: one key per page, however a client spells it.
  // Next answers /./a, /x/../a and the like with the same page, and a % is checked by proxy.ts;
  // Next's own files and the API are never pages.
  if (pathname.length > MAX_PATH || !CANONICAL_PATH.test(pathname) || pathname.startsWith('/_next/') || pathname.startsWith('/api/')) return null
  // A search's answer depends on its query string, kept whole in the key: another spelling of
  // the same search is another entry, never another search's answer.
  let search = false
  if (q !== -1) {
    if (url.length - q > MAX_QUERY) return null
    search = pathname === SEARCH_PATH
    if (!search && forCapture) return null
    if (!search) for (const key of new URLSearchParams(url.slice(q + 1)).keys()) if (!HARMLESS_QUERY_KEY.test(key)) return null
  }
  const raw = req.rawHeaders
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase()
    if (name === 'rsc' || name === 'range' || name.startsWith('next-') || name.startsWith('x-next') || name.startsWith('x-middleware') || name.startsWith('x-prerender') || name.startsWith('x-invoke')) return null
    if (name === 'cookie' && raw[i + 1].includes('__prerender_bypass')) return null
  }
  // next.config.ts adds HSTS when this is exactly https (Node joins repeated headers, as Next sees them).
  const address = search ? url : pathname
  return req.headers['x-forwarded-proto'] === 'https' ? `https ${address}` : address
}

/**
 * Whether an Accept-Encoding header admits gzip.
 * @param {string | undefined} header
 */
export function acceptsGzip(header) {
  if (!header) return false
  let star = false
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const weight = q === undefined ? 1 : Number(q.slice(2))
    if (name === 'gzip') return weight > 0
    if (name === '*') star = weight > 0
  }
  return star
}

/**
 * @typedef {{ raw: Buffer, gzip: Buffer | null, headers: string[], rawHead: string[], gzipHead: string[] | null, tags: string[], freshUntil: number, bytes: number, answer: boolean }} Entry
 * @typedef {{ epoch: number, tags: string[] | null, lastModified: number, body: Buffer | null, answer: boolean }} Note
 */

export class HitCache {
  /**
   * @param {{ maxBytes?: number, compress?: boolean, now?: () => number }} [options]
   */
  constructor({ maxBytes = 32 * 1024 * 1024, compress = true, now = Date.now } = {}) {
    this.maxBytes = maxBytes
    this.compress = compress
    this.now = now
    /** @type {Map<string, Entry>} in order of use, least recent first */
    this.entries = new Map()
    this.bytes = 0
    /** What the answers noted by route handlers take of `bytes`. */
    this.answerBytes = 0
    /** Bumped by every expiry: an answer that started before one is not kept. */
    this.epoch = 0
    /** @type {AsyncLocalStorage<Note>} what Next's cache said about the page this request is answered with */
    this.notes = new AsyncLocalStorage()
  }

  /**
   * Answers the request from memory if it can; false if it must go to Next.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  serve(req, res) {
    if (this.entries.size === 0) return false
    const key = requestKey(req, false)
    const entry = key === null ? undefined : this.entries.get(/** @type {string} */ (key))
    if (!entry) return false
    if (this.now() >= entry.freshUntil) {
      this.drop(/** @type {string} */ (key))
      return false
    }
    this.entries.delete(/** @type {string} */ (key))
    this.entries.set(/** @type {string} */ (key), entry)
    let body = entry.raw
    let head = entry.rawHead
    if (this.compress && body.length >= GZIP_MIN_BYTES && acceptsGzip(req.headers['accept-encoding'])) {
      if (!entry.gzip) {
        this.addGzip(entry, zlib.gzipSync(entry.raw))
        this.bytes += /** @type {Buffer} */ (entry.gzip).length
        if (entry.answer) this.answerBytes += /** @type {Buffer} */ (entry.gzip).length
        this.evict()
      }
      body = /** @type {Buffer} */ (entry.gzip)
      head = /** @type {string[]} */ (entry.gzipHead)
    }
    res.writeHead(200, head)
    res.end(req.method === 'HEAD' ? undefined : body)
    return true
  }

  /**
   * Runs Next's handler for the request, keeping its answer if it is one to keep.
   * @template T
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {() => T} handle
   * @returns {T}
   */
  capture(req, res, handle) {
    const key = requestKey(req, true)
    if (key === null) return handle()
    /** @type {Note} */
    const note = { epoch: this.epoch, tags: null, lastModified: Infinity, body: null, answer: false }
    this.watch(key, res, note)
    return this.notes.run(note, handle)
  }

  /**
   * Called by the route cache handler for each entry Next reads while answering a request.
   * @param {{ lastModified?: number, value?: { kind?: string, headers?: Record<string, unknown>, html?: unknown, body?: unknown } | null } | null | undefined} entry
   */
  noteEntry(entry) {
    const note = this.notes.getStore()
    const kind = entry?.value?.kind
    if (!note || !entry || (kind !== 'APP_PAGE' && kind !== 'APP_ROUTE')) return
    // The bytes Next is about to send: what is kept must be exactly these (see store).
    const body = kind === 'APP_PAGE' ? /** @type {any} */ (entry.value)?.html : /** @type {any} */ (entry.value)?.body
    note.body = Buffer.isBuffer(body) ? body : null
    const header = entry.value?.headers?.['x-next-cache-tags']
    note.tags = [...(note.tags ?? []), ...(typeof header === 'string' && header ? header.split(',') : [])]
    note.lastModified = Math.min(note.lastModified, typeof entry.lastModified === 'number' ? entry.lastModified : -Infinity)
  }

  /**
   * Called by a route handler whose answer is the same for everyone and may be kept like a cached
   * page (the search): the body it is about to send, exactly, and the tags of everything it was
   * made from. Kept from now for the answer's s-maxage, unless one of those tags expires, or any
   * tag expired while it was being made. Only for a request with a key (requestKey).
   * @param {string} body
   * @param {string[]} tags
   */
  noteAnswer(body, tags) {
    const note = this.notes.getStore()
    if (!note || note.tags !== null) return
    note.answer = true
    note.tags = [...tags]
    note.body = Buffer.from(body)
    note.lastModified = this.now()
  }

  /**
   * The tags of a kept page (`key` as requestKey gives it), or null when it is not kept.
   * @param {string} key
   */
  tagsOf(key) {
    return this.entries.get(key)?.tags ?? null
  }

  /**
   * Drops every entry holding one of these tags, and any answer now on its way.
   * @param {string | string[]} tags
   */
  expireTags(tags) {
    this.epoch++
    const expired = new Set(typeof tags === 'string' ? [tags] : tags)
    for (const [key, entry] of this.entries) if (entry.tags.some((tag) => expired.has(tag))) this.drop(key)
  }

  clear() {
    this.epoch++
    this.entries.clear()
    this.bytes = 0
    this.answerBytes = 0
  }

  /** @param {string} key */
  drop(key) {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.bytes
    if (entry.answer) this.answerBytes -= entry.bytes
  }

  /**
   * Tees what Next writes, deciding at its first byte (headers are final by then) whether to keep it.
   * Next's compression wraps these methods in turn, so what arrives here is what goes on the wire.
   * @param {string} key
   * @param {import('node:http').ServerResponse} res
   * @param {Note} note
   */
  watch(key, res, note) {
    const write = res.write
    const end = res.end
    /** @type {Buffer[] | null | false} null until decided */
    let chunks = null
    /** @param {unknown} chunk @param {unknown} encoding */
    const keep = (chunk, encoding) => {
      if (chunks === null) chunks = this.keeps(res, note) ? [] : false
      if (!chunks || chunk == null || typeof chunk === 'function') return
      if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8'))
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk))
      else chunks = false
    }
    // The same overloads, passed through as they came.
    res.write = /** @type {typeof res.write} */ ((/** @type {any[]} */ ...args) => {
      keep(args[0], args[1])
      return write.apply(res, /** @type {any} */ (args))
    })
    res.end = /** @type {typeof res.end} */ ((/** @type {any[]} */ ...args) => {
      keep(args[0], args[1])
      if (chunks && res.statusCode === 200 && !res.destroyed) this.store(key, res, note, chunks)
      chunks = false
      return end.apply(res, /** @type {any} */ (args))
    })
  }

  /**
   * Whether Next's answer is one to keep (see the top of this file).
   * @param {import('node:http').ServerResponse} res
   * @param {Note} note
   */
  keeps(res, note) {
    if (this.maxBytes <= 0 || res.statusCode !== 200 || note.tags === null || note.epoch !== this.epoch) return false
    if ((res.getHeader('x-nextjs-cache') !== 'HIT' && !note.answer) || res.hasHeader('set-cookie')) return false
    const cacheControl = String(res.getHeader('cache-control') ?? '')
    if (!/\bs-maxage=\d+/.test(cacheControl) || /private|no-store|no-cache/.test(cacheControl)) return false
    const type = String(res.getHeader('content-type') ?? '')
    if (!/^text\/html|xml/.test(type)) return false
    const encoding = res.getHeader('content-encoding')
    return encoding === undefined || encoding === 'gzip'
  }

  /**
   * @param {string} key
   * @param {import('node:http').ServerResponse} res
   * @param {Note} note
   * @param {Buffer[]} chunks
   */
  store(key, res, note, chunks) {
    // Something expired while this answer was being written: it may be the old page.
    if (note.epoch !== this.epoch || note.tags === null) return
    const sMaxAge = Number(/\bs-maxage=(\d+)/.exec(String(res.getHeader('cache-control')))?.[1])
    const freshUntil = note.lastModified + sMaxAge * 1000
    if (!(freshUntil > this.now())) return
    const body = Buffer.concat(chunks)
    let raw = body
    let gzip = null
    if (res.getHeader('content-encoding') === 'gzip') {
      try {
        raw = zlib.gunzipSync(body)
        gzip = body
      } catch {
        return
      }
    }
    // Exactly the page in Next's cache entry, or nothing: an answer cut short, or with an error's
    // words after it (Next ends a response that way when it fails midway), is not kept.
    if (raw.length === 0 || !note.body || !raw.equals(note.body)) return
    /** @type {string[]} */
    const headers = []
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (PER_RESPONSE.has(name) || value === undefined) continue
      for (const v of Array.isArray(value) ? value : [value]) headers.push(name, String(v))
    }
    const vary = String(res.getHeader('vary') ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v && v.toLowerCase() !== 'accept-encoding')
    if (this.compress) vary.push('Accept-Encoding')
    if (vary.length) headers.push('vary', vary.join(', '))
    headers.push('x-broadside-cache', 'hit')
    const tags = [...new Set(note.tags)]
    const extra = ENTRY_OVERHEAD + key.length + headers.reduce((n, h) => n + h.length, 0) + tags.reduce((n, t) => n + t.length, 0)
    /** @type {Entry} */
    const entry = { raw, gzip: null, headers, rawHead: [...headers, 'content-length', String(raw.length)], gzipHead: null, tags, freshUntil, bytes: raw.length + extra, answer: note.answer }
    if (gzip && this.compress) this.addGzip(entry, gzip)
    this.drop(key)
    this.entries.set(key, entry)
    this.bytes += entry.bytes
    if (entry.answer) this.answerBytes += entry.bytes
    this.evict()
  }

  /** Least recently used first, down to the size allowed; answers also down to their share. */
  evict() {
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes && this.entries.size <= MAX_ENTRIES && this.answerBytes <= this.maxBytes * ANSWER_SHARE) break
      if (entry.answer || this.bytes > this.maxBytes || this.entries.size > MAX_ENTRIES) this.drop(oldest)
    }
  }

  /**
   * Gives an entry its gzipped body (its size counts in entry.bytes; the caller counts it in the total).
   * @param {Entry} entry
   * @param {Buffer} gzip
   */
  addGzip(entry, gzip) {
    entry.gzip = gzip
    entry.gzipHead = [...entry.headers, 'content-encoding', 'gzip', 'content-length', String(gzip.length)]
    entry.bytes += gzip.length
  }
}

/** The cache server.mjs installed, if this process is that server (undefined in `next build` and `next dev`). */
export function installedHitCache() {
  return /** @type {HitCache | undefined} */ (/** @type {any} */ (globalThis)[HIT_CACHE])
}
