import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { acceptsGzip, HitCache, requestKey } from './hit-cache.mjs'

const req = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({
  method,
  url,
  rawHeaders: Object.entries(headers).flat(),
  headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
})

describe('requestKey', () => {
  it('keys a plain GET or HEAD by its path (and whether it came over https, which adds HSTS)', () => {
    expect(requestKey(req('/article/rent-strike'), true)).toBe('/article/rent-strike')
    expect(requestKey(req('/article/rent-strike', {}, 'HEAD'), false)).toBe('/article/rent-strike')
    expect(requestKey(req('/', { 'X-Forwarded-Proto': 'https' }), true)).toBe('https /')
    // Anything else is plain http to next.config.ts, so to the key: a client cannot make keys of its own.
    expect(requestKey(req('/', { 'X-Forwarded-Proto': 'x'.repeat(10_000) }), true)).toBe('/')
    expect(requestKey(req('/', { 'X-Forwarded-Proto': 'http, https' }), true)).toBe('/')
  })
  it('keys only an address as Next writes it: other spellings of a page go to Next', () => {
    for (const url of ['/./article/a', '/x/../article/a', '//article/a', '/article//a', '/article/a/.', '/article/a\\b', `/${'a/../'.repeat(200)}sitemap_index.xml`, `/article/${'a'.repeat(600)}`])
      expect(requestKey(req(url), false), url).toBeNull()
    expect(requestKey(req(`/article/a?utm_source=${'x'.repeat(600)}`), false)).toBeNull()
    expect(requestKey(req('/.well-known/security.txt'), true)).toBe('/.well-known/security.txt')
  })
  it('sends to Next whatever could be answered differently', () => {
    for (const [url, headers, method] of [
      ['/article/a', {}, 'POST'],
      ['/article/a', {}, 'HEAD'], // HEAD is served from a kept answer, never kept from
      ['/tag/housing?page=2', {}, 'GET'],
      ['/article/a', { RSC: '1' }, 'GET'],
      ['/article/a', { 'Next-Router-Prefetch': '1' }, 'GET'],
      ['/article/a', { 'next-router-state-tree': '%5B%5D' }, 'GET'],
      ['/article/a', { 'x-prerender-revalidate': 'abc' }, 'GET'],
      ['/article/a', { 'x-nextjs-data': '1' }, 'GET'],
      ['/article/a', { Range: 'bytes=0-10' }, 'GET'],
      ['/article/a', { Cookie: 'theme=dark; __prerender_bypass=abc' }, 'GET'],
      ['/article/%c0', {}, 'GET'],
      ['/_next/static/chunks/a.js', {}, 'GET'],
      ['/api/media', {}, 'GET'],
    ] as const) {
      expect(requestKey(req(url, headers, method), true), `${method} ${url} ${JSON.stringify(headers)}`).toBeNull()
    }
  })
  it('serves a shared link with tracking added, but keeps only an answer to the plain address', () => {
    const shared = req('/article/a?utm_source=mastodon&utm_medium=social&fbclid=x')
    expect(requestKey(shared, false)).toBe('/article/a')
    expect(requestKey(shared, true)).toBeNull()
    expect(requestKey(req('/article/a?utm_source=x&page=2'), false)).toBeNull()
  })
  it("keys a search by its whole address, query string and all, so no search gets another one's answer", () => {
    for (const url of ['/search?q=rent+strike', '/search?q=rent%20strike&page=2', '/search?q=x&utm_source=y', '/search?page=2&q=x'])
      for (const forCapture of [true, false]) expect(requestKey(req(url), forCapture), url).toBe(url)
    expect(requestKey(req('/search?q=x', { 'X-Forwarded-Proto': 'https' }), true)).toBe('https /search?q=x')
    expect(requestKey(req('/search'), true)).toBe('/search')
    // Only the search itself: its shell and anything below it are pages like any other.
    expect(requestKey(req('/search/shell?q=x'), true)).toBeNull()
    expect(requestKey(req(`/search?q=${'x'.repeat(600)}`), true)).toBeNull()
    expect(requestKey(req('/search?q=x', { RSC: '1' }), true)).toBeNull()
  })
  it('keeps the session cookie out of the decision: cached pages are the same for everyone', () => {
    expect(requestKey(req('/', { Cookie: 'next-auth.session-token=x' }), true)).toBe('/')
  })
})

describe('acceptsGzip', () => {
  it('reads the header as browsers and tools send it', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true)
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true)
    expect(acceptsGzip('gzip;q=0')).toBe(false)
    expect(acceptsGzip('deflate, br')).toBe(false)
    expect(acceptsGzip('*')).toBe(true)
    expect(acceptsGzip('*;q=0, identity')).toBe(false)
    expect(acceptsGzip(undefined)).toBe(false)
  })
})

// A stand-in for Next behind the cache: it reads its "cache entry" (telling the hit cache, as
// lib/route-cache-handler.mjs does), then answers with the headers Next sends for a cached page.
type Page = { status?: number; cache?: string; cacheControl?: string; tags?: string; lastModified?: number; setCookie?: boolean; body: string; gzip?: boolean; sent?: string; answer?: string[] }
const servers: http.Server[] = []
afterEach(() => {
  for (const server of servers.splice(0)) server.close()
})

async function harness(pages: Record<string, Page>, options: ConstructorParameters<typeof HitCache>[0] = {}) {
  const hits = new HitCache(options)
  const calls: string[] = []
  const server = http.createServer((request, response) => {
    if (hits.serve(request, response)) return
    hits.capture(request, response, async () => {
      calls.push(request.url!)
      const page = pages[request.url!.split('?')[0]!]
      await new Promise((r) => setTimeout(r, 20))
      if (!page) {
        response.statusCode = 404
        return response.end('not found')
      }
      // A route handler's answer (the search) depends on the query, and is noted by the handler itself.
      const body = page.answer ? `${page.body}<p>${request.url}</p>` : page.body
      if (page.answer) hits.noteAnswer(body, page.answer)
      else hits.noteEntry({ lastModified: page.lastModified ?? Date.now(), value: { kind: 'APP_PAGE', html: Buffer.from(page.body), headers: { 'x-next-cache-tags': page.tags ?? 'articles:lists,_N_T_/layout' } } })
      const sent = page.sent ?? body
      response.statusCode = page.status ?? 200
      response.setHeader('content-type', 'text/html; charset=utf-8')
      if (!page.answer) response.setHeader('x-nextjs-cache', page.cache ?? 'HIT')
      response.setHeader('cache-control', page.cacheControl ?? 's-maxage=300, stale-while-revalidate=31535700')
      response.setHeader('content-security-policy', "script-src 'none'")
      response.setHeader('vary', 'rsc, next-router-state-tree, Accept-Encoding')
      if (page.setCookie) response.setHeader('set-cookie', 'a=b')
      if (page.gzip) {
        response.setHeader('content-encoding', 'gzip')
        response.end(zlib.gzipSync(sent))
        return
      }
      // Streamed in pieces, as Next does.
      response.write(sent.slice(0, 10))
      response.end(sent.slice(10))
    })
  })
  servers.push(server)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      http
        .get(`${base}${path}`, { headers }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => {
            const raw = Buffer.concat(chunks)
            resolve({ status: res.statusCode!, headers: res.headers, body: (res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw).toString() })
          })
        })
        .on('error', reject)
    })
  return { hits, calls, get }
}

const article = '<!DOCTYPE html><html><body><h1>Rent strike</h1>' + '<p>Tenants wrote back.</p>'.repeat(100) + '</body></html>'

describe('HitCache', () => {
  it("answers a page Next served from its cache from memory, byte for byte with Next's headers", async () => {
    const { calls, get } = await harness({ '/article/a': { body: article } })
    const first = await get('/article/a')
    const second = await get('/article/a')
    expect(calls).toEqual(['/article/a'])
    expect(second.body).toBe(first.body)
    expect(second.headers['x-broadside-cache']).toBe('hit')
    expect(first.headers['x-broadside-cache']).toBeUndefined()
    for (const name of ['content-type', 'cache-control', 'content-security-policy', 'x-nextjs-cache']) expect(second.headers[name]).toBe(first.headers[name])
    expect(second.headers['content-length']).toBe(String(Buffer.byteLength(article)))
    expect(second.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding')
    // A shared link with tracking gets the same page.
    expect((await get('/article/a?utm_source=bluesky')).headers['x-broadside-cache']).toBe('hit')
    expect(calls).toEqual(['/article/a'])
  })

  it('gzips once for readers who accept it, and keeps what Next gzipped', async () => {
    const { calls, get } = await harness({ '/a': { body: article }, '/b': { body: article, gzip: true } })
    await get('/a')
    const zipped = await get('/a', { 'accept-encoding': 'gzip, br' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.body).toBe(article)
    expect(Number(zipped.headers['content-length'])).toBeLessThan(Buffer.byteLength(article) / 5)
    await get('/b', { 'accept-encoding': 'gzip' })
    const plain = await get('/b')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(article)
    expect(calls).toEqual(['/a', '/b'])
  })

  it('keeps nothing that was not a plain, shared, cached 200', async () => {
    const { calls, get } = await harness({
      '/miss': { body: article, cache: 'MISS' },
      '/stale': { body: article, cache: 'STALE' },
      '/private': { body: article, cacheControl: 'private, no-store' },
      '/cookie': { body: article, setCookie: true },
      '/gone': { body: article, status: 404 },
    })
    for (const path of ['/miss', '/stale', '/private', '/cookie', '/gone', '/nothing']) {
      await get(path)
      expect((await get(path)).headers['x-broadside-cache'], path).toBeUndefined()
    }
    expect(calls).toHaveLength(12)
    // An answer to an RSC request is never kept, and never answered from here.
    await get('/miss')
    const { get: get2, calls: calls2 } = await harness({ '/a': { body: article } })
    await get2('/a', { rsc: '1' })
    await get2('/a', { rsc: '1' })
    expect(calls2).toEqual(['/a', '/a'])
    await get2('/a')
    expect((await get2('/a', { rsc: '1' })).headers['x-broadside-cache']).toBeUndefined()
  })

  it('keeps only exactly the page in the cache entry: not one cut short or with an error after it', async () => {
    const { calls, get } = await harness({
      '/cut': { body: article, sent: article.slice(0, 500) },
      '/error': { body: article, sent: `${article}Internal Server Error` },
      '/error-gzipped': { body: article, sent: `${article}Internal Server Error`, gzip: true },
    })
    for (const path of ['/cut', '/error', '/error-gzipped']) {
      await get(path, { 'accept-encoding': 'gzip' })
      expect((await get(path)).headers['x-broadside-cache'], path).toBeUndefined()
    }
    expect(calls).toHaveLength(6)
  })

  it('counts what each page costs beyond its body, so many small pages cannot outgrow the limit', async () => {
    const { hits, get } = await harness({ '/tiny': { body: 'x' } })
    await get('/tiny')
    expect(hits.bytes).toBeGreaterThan(1024)
  })

  it("drops a page when one of its tags expires, and only that page", async () => {
    const { hits, calls, get } = await harness({ '/article/a': { body: article, tags: 'article:a,articles:lists' }, '/article/b': { body: article, tags: 'article:b,articles:lists' } })
    await get('/article/a')
    await get('/article/b')
    hits.expireTags(['article:a'])
    expect((await get('/article/a')).headers['x-broadside-cache']).toBeUndefined()
    expect((await get('/article/b')).headers['x-broadside-cache']).toBe('hit')
    hits.expireTags('articles:lists')
    await get('/article/b')
    expect(calls).toEqual(['/article/a', '/article/b', '/article/a', '/article/b'])
  })

  it('does not keep an answer that was on its way when something expired', async () => {
    const { hits, calls, get } = await harness({ '/a': { body: article } })
    const inFlight = get('/a')
    await expect.poll(() => calls.length, { interval: 1 }).toBe(1)
    hits.expireTags(['_N_T_/somewhere-else'])
    await inFlight
    await get('/a')
    expect(calls).toEqual(['/a', '/a'])
  })

  it("lets Next have the request once the page is older than its s-maxage (Next then renders it again)", async () => {
    let now = Date.now()
    const { calls, get } = await harness({ '/a': { body: article, lastModified: now - 200_000 } }, { now: () => now })
    await get('/a')
    expect((await get('/a')).headers['x-broadside-cache']).toBe('hit')
    now += 100_001
    expect((await get('/a')).headers['x-broadside-cache']).toBeUndefined()
    expect(calls).toEqual(['/a', '/a'])
  })

  it('stays within its size, dropping the least recently used page', async () => {
    const { hits, calls, get } = await harness({ '/a': { body: article }, '/b': { body: article }, '/c': { body: article } })
    await get('/a')
    // Room for two pages like this one.
    const size = hits.bytes
    hits.maxBytes = size * 2 + 10
    await get('/b')
    await get('/a') // a is now the more recent
    await get('/c') // b goes
    expect(hits.bytes).toBeLessThanOrEqual(size * 2 + 10)
    expect((await get('/a')).headers['x-broadside-cache']).toBe('hit')
    expect((await get('/b')).headers['x-broadside-cache']).toBeUndefined()
    expect(calls).toEqual(['/a', '/b', '/c', '/b'])
  })

  it("keeps a search's answer, noted by its handler, per query string, until one of its tags expires", async () => {
    const { hits, calls, get } = await harness({ '/search': { body: article, answer: ['articles:lists', 'author:maya', '_N_T_/search/shell'] } })
    const first = await get('/search?q=rent+strike')
    const again = await get('/search?q=rent+strike')
    expect(again.headers['x-broadside-cache']).toBe('hit')
    expect(again.body).toBe(first.body)
    expect(again.body).toContain('/search?q=rent+strike')
    expect(again.headers['content-security-policy']).toBe("script-src 'none'")
    // Another search, or another page of it, is another answer.
    expect((await get('/search?q=rent+strike&page=2')).body).toContain('page=2')
    expect((await get('/search?q=rent')).headers['x-broadside-cache']).toBeUndefined()
    expect(hits.tagsOf('/search?q=rent')).toEqual(['articles:lists', 'author:maya', '_N_T_/search/shell'])
    // A renamed author (or a published piece, or a renamed site) takes them all.
    hits.expireTags('author:maya')
    expect(hits.tagsOf('/search?q=rent')).toBeNull()
    expect((await get('/search?q=rent+strike')).headers['x-broadside-cache']).toBeUndefined()
    expect(calls).toEqual(['/search?q=rent+strike', '/search?q=rent+strike&page=2', '/search?q=rent', '/search?q=rent+strike'])
  })

  it('keeps no answer its handler did not note, and lets answers take only a quarter of the memory', async () => {
    const { hits, calls, get } = await harness({ '/search': { body: article, answer: ['articles:lists'] }, '/a': { body: article }, '/b': { body: article, cache: 'MISS' } })
    await get('/a')
    const page = hits.bytes
    hits.maxBytes = page * 8
    // Answers, each about the size of the page, one after another: only two fit in their share.
    for (const q of ['a', 'b', 'c', 'd']) await get(`/search?q=${q}`)
    expect(hits.bytes).toBeLessThanOrEqual(page * 3 + 1000)
    expect((await get('/a')).headers['x-broadside-cache']).toBe('hit')
    expect((await get('/search?q=d')).headers['x-broadside-cache']).toBe('hit')
    expect((await get('/search?q=a')).headers['x-broadside-cache']).toBeUndefined()
    // A page Next did not serve from its cache, and no handler noted, is not kept.
    await get('/b')
    expect((await get('/b')).headers['x-broadside-cache']).toBeUndefined()
    expect(calls.filter((c) => c === '/b')).toHaveLength(2)
  })

  it('answers HEAD with the headers alone', async () => {
    const { get } = await harness({ '/a': { body: article } })
    await get('/a')
    const head = await new Promise<http.IncomingMessage>((resolve) => {
      const r = http.request(`http://127.0.0.1:${(servers[0]!.address() as AddressInfo).port}/a`, { method: 'HEAD' }, resolve)
      r.end()
    })
    expect(head.headers['x-broadside-cache']).toBe('hit')
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(article)))
  })
})
