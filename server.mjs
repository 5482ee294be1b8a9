// The production server: Next's request handler, with the pages Next has served from its cache
// answered from memory in front of it (lib/hit-cache.mjs). `npm start`, the end-to-end tests and
// the bench run it; under a process manager, `node server.mjs` after `npm run build`. It is
// Next's documented custom server (next({ dev: false }).getRequestHandler()), and keeps what
// `next start` does that this site relies on: the address Next knows itself by
// (__NEXT_PRIVATE_ORIGIN: lib/route-cache-handler.mjs asks it for a fresh 404 page), and closing
// gracefully on SIGINT and SIGTERM (in-flight requests finish, then Next closes; not with
// NEXT_MANUAL_SIG_HANDLE set).
//
// PORT (3000) and HOST (0.0.0.0) say where to listen; HIT_CACHE_MB (32) how much memory the
// kept pages may take, 0 for none; COMPRESS=off as for next.config.ts. Those two are read once
// Next has loaded any .env files, as Next reads its own.
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { HIT_CACHE, HitCache } from './lib/hit-cache.mjs'

process.env.NODE_ENV = 'production'
const { default: next } = await import('next')

const dir = path.dirname(fileURLToPath(import.meta.url))
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOST || '0.0.0.0'
const DEFAULT_HIT_CACHE_MB = 32

process.title = 'broadside-server'
const app = next({ dev: false, dir, hostname, port })
const handle = app.getRequestHandler()
/** @type {HitCache | undefined} set once Next is ready */
let hits

const server = http.createServer((req, res) => {
  if (hits?.serve(req, res)) return
  const run = () =>
    handle(req, res).catch((error) => {
      console.error(`Failed to handle request for ${req.url}`, error)
      if (!res.headersSent) {
        res.statusCode = 500
        res.setHeader('content-type', 'text/plain; charset=utf-8')
      }
      res.end('Internal Server Error')
    })
  if (hits) hits.capture(req, res, run)
  else run()
})

await app.prepare()
hits = new HitCache({ maxBytes: hitCacheMegabytes() * 1024 * 1024, compress: process.env.COMPRESS !== 'off' })
// The route cache handler, which Next loads itself, finds the cache here (lib/route-cache-handler.mjs).
Object.defineProperty(globalThis, HIT_CACHE, { value: hits })

await new Promise((resolve, reject) => {
  server.once('error', reject)
  server.listen(port, hostname, () => {
    server.off('error', reject)
    resolve(undefined)
  })
})
server.on('error', (error) => console.error('[server]', error))
// As `next start` names itself: the address a request to this process can be sent to.
const shownHost = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname.includes(':') ? `[${hostname}]` : hostname
process.env.PORT = String(port)
process.env.__NEXT_PRIVATE_ORIGIN = `http://${shownHost}:${port}`
console.log(`▲ Ready on http://${shownHost}:${port}`)

if (!process.env.NEXT_MANUAL_SIG_HANDLE) {
  let closing = false
  for (const [signal, code] of /** @type {const} */ ([['SIGINT', 130], ['SIGTERM', 143]])) {
    process.on(signal, () => {
      if (closing) return
      closing = true
      // Stop taking requests, let those in flight finish, then close Next.
      server.close(() => {
        app
          .close()
          .catch((error) => console.error(error))
          .finally(() => process.exit(code))
      })
      server.closeIdleConnections()
    })
  }
}

function hitCacheMegabytes() {
  const given = process.env.HIT_CACHE_MB?.trim()
  if (!given) return DEFAULT_HIT_CACHE_MB
  const mb = Number(given)
  if (Number.isFinite(mb) && mb >= 0) return mb
  console.warn(`HIT_CACHE_MB=${given} is not a number of megabytes (0 for none); using ${DEFAULT_HIT_CACHE_MB}.`)
  return DEFAULT_HIT_CACHE_MB
}
