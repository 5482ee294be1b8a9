import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { baseURLB } from '../playwright.config'
import { createArticle } from './support/content'
import { unique } from './support/staff'

// 404s rendered at request time are kept in memory only
// (lib/route-cache-handler.mjs): otherwise every made-up address and every distinct search
// would leave files behind for good, and anyone could fill the server's disk by asking for
// them. Real pages are still written, so a restart serves them as fresh as they were.

const routeCache = path.join(__dirname, '..', process.env.NEXT_DIST_DIR || '.next', 'server', 'route-cache')
const filesUnder = (dir: string): string[] =>
  fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)) : []

test('made-up addresses and new searches are answered, cached in memory, and leave nothing on disk', async ({ request }) => {
  const w = `zorkle${unique()}`
  const addresses = [`/article/no-such-piece-${w}`, `/tag/no-such-tag-${w}`, `/author/nobody-${w}`, `/section/nowhere-${w}`]
  for (const address of addresses) expect((await request.get(address)).status(), address).toBe(404)
  // A search is answered by a route handler, and kept (if at all) only in the server's memory: no page of it is written.
  expect((await request.get(`/search?q=${w}`)).status()).toBe(200)
  expect((await request.get(`/search?q=${w}&page=2`)).status()).toBe(404)

  // Next writes its cache files just after answering; give it the time it would need.
  await new Promise((resolve) => setTimeout(resolve, 1_500))
  const written = filesUnder(routeCache).filter((file) => file.includes(w))
  expect(written).toEqual([])
})

test('a real page rendered on request is kept on disk and read back, not rendered again, by a server that has not seen it', async ({ request, playwright }) => {
  const article = await createArticle({ headline: `Kept on disk ${unique()}` })
  expect((await request.get(`/article/${article.slug}`)).status()).toBe(200)
  // The page and the React payload beside it, which Next does not write itself (lacksPayloadFile).
  for (const suffix of ['.html', '.rsc'])
    await expect.poll(() => filesUnder(routeCache).some((file) => file.endsWith(`/article/${article.slug}${suffix}`)), { timeout: 5_000 }).toBe(true)
  // Instance B runs the same build over the same files, as this server would after a restart:
  // it has never seen the page, so a hit can only come from the disk.
  const b = await playwright.request.newContext({ baseURL: baseURLB })
  const fromDisk = await b.get(`/article/${article.slug}`)
  expect(fromDisk.status()).toBe(200)
  expect(fromDisk.headers()['x-nextjs-cache']).toBe('HIT')
  expect(await fromDisk.text()).toContain(article.headline)
  await b.dispose()
})

test('a cached page goes out as the same bytes on every hit, accents, quotes and symbols intact', async ({ request }) => {
  // Next keeps a page's HTML as text and would re-encode all of it on every hit; the handler
  // hands it the bytes once, and they are streamed as they are. Uncompressed, so that Next's
  // compression (which drops Content-Length from every response it compresses) hides nothing.
  const identity = { headers: { 'accept-encoding': 'identity' } }
  const headline = `Kept as bytes — café prices, “fair rents” ½ off ✊ ${unique()}`
  const body = `Über die Grenze: naïve façades, 10 °C, £5 — and 日本語 too. ${unique()}`
  const article = await createArticle({ headline, body })
  const address = `/article/${article.slug}`
  const first = await request.get(address, identity)
  expect(first.status()).toBe(200)
  await expect.poll(async () => (await request.get(address, identity)).headers()['x-nextjs-cache'], { timeout: 5_000 }).toBe('HIT')

  // Asked with a query server.mjs does not answer from its own memory (e2e/hit-cache.spec.ts), so Next serves it.
  const viaNext = `${address}?via=next`
  const hits = [await request.get(viaNext, identity), await request.get(viaNext, identity)]
  for (const hit of hits) {
    expect(hit.headers()['x-nextjs-cache']).toBe('HIT')
    expect(hit.headers()['content-type']).toBe('text/html; charset=utf-8')
    expect(hit.headers()['content-encoding']).toBeUndefined()
    // Streamed from the bytes in memory; Next sends a page held as text with a Content-Length.
    expect(hit.headers()['content-length']).toBeUndefined()
    const html = await hit.text()
    expect(html).toContain(headline)
    expect(html).toContain(body)
  }
  expect((await hits[0]!.body()).equals(await hits[1]!.body())).toBe(true)
  expect((await hits[0]!.body()).equals(await first.body())).toBe(true)
})
