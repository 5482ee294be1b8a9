// The production server: Next's request handler, with the pages Next has served from its cache
// answered from memory in front of it (lib/hit-cache.mjs). `npm start`, the end-to-end tests and
// the bench run it; on your own machine, `NODE_ENV=production node server.mjs` after `npm run
// build`. It is Next's documented custom server (next({ dev: false }).getRequestHandler()), and
// keeps what `next start` does that this site relies on: the address Next knows itself by
// (__NEXT_PRIVATE_ORIGIN, lib/route-cache-handler.mjs asks it for a fresh 404 page), and closing
// gracefully on SIGINT and SIGTERM (in-flight requests finish, then Next closes).
//
// PORT (3000) and HOST (0.0.0.0) say where to listen; HIT_CACHE_MB (32) how much memory the
// kept pages may take, 0 for none; COMPRESS=off as for next.config.ts.
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { HIT_CACHE, HitCache } from './lib/hit-cache.mjs'

process.env.NODE_ENV = 'production'
const { default: next } = await import('next')

const dir = path.dirname(fileURLToPath(import.meta.url))
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOST || '0.0.0.0'
const megabytes = Number(process.env.HIT_CACHE_MB ?? 32)

const hits = new HitCache({ maxBytes: (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 0) * 1024 * 1024, compress: process.env.COMPRESS !== 'off' })
// The route cache handler, which Next loads itself, finds the cache here (lib/route-cache-handler.mjs).
Object.defineProperty(globalThis, HIT_CACHE, { value: hits })

process.title = 'broadside-server'
const app = next({ dev: false, dir, hostname, port })
const handle = app.getRequestHandler()

const server = http.createServer((req, res) => {
  if (hits.serve(req, res)) return
  hits.capture(req, res, () =>
    handle(req, res).catch((error) => {
      console.error(`Failed to handle request for ${req.url}`, error)
      if (!res.headersSent) {
        res.statusCode = 500
        res.setHeader('content-type', 'text/plain; charset=utf-8')
      }
      res.end('Internal Server Error')
    }),
  )
})

await app.prepare()
await new Promise((resolve, reject) => {
  server.once('error', reject)
  server.listen(port, hostname, () => resolve(undefined))
})
const shownHost = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname
process.env.PORT = String(port)
process.env.__NEXT_PRIVATE_ORIGIN = `http://${shownHost}:${port}`
console.log(`▲ Ready on http://${shownHost}:${port}`)

let closing = false
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    if (closing) return
    closing = true
    server.close(() => {
      app
        .close()
        .catch((error) => console.error(error))
        .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
    })
    // Keep-alive connections with nothing in flight would hold close() open.
    server.closeIdleConnections()
    setTimeout(() => process.exit(1), 10_000).unref()
  })
}
