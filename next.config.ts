import path from 'node:path'
import type { NextConfig } from 'next'
import { HSTS, commonSecurityHeaders, publicCsp } from './lib/security-headers'

const nextConfig: NextConfig = {
  // Tests and benchmarks build into their own folder so they never replace the demo build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  cacheComponents: true,
  // Unlisted article URLs render in full on first request (no shell), so a 404 is a real 404.
  partialPrefetching: false,
  // `npm test` and `npm run typecheck` run tsc over the whole project; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Public reads are expired precisely by tag when something changes, so they could live for
  // ever; the five-minute revalidate is for shared caches in front (CDN, nginx), which cannot
  // hear our invalidations: pages go out as `s-maxage=300, stale-while-revalidate`.
  cacheLife: {
    published: { stale: 300, revalidate: 300, expire: 60 * 60 * 24 * 365 },
  },
  poweredByHeader: false,
  // 404s and search pages rendered while serving stay in memory (an LRU of cacheMaxMemorySize,
  // 50 MB): Next would otherwise write each one to disk for good, made-up addresses included.
  cacheHandler: path.join(typeof __dirname === 'string' ? __dirname : process.cwd(), 'lib', 'route-cache-handler.mjs'),
  // Next hashes every response body in JavaScript to make an ETag: about a tenth of the CPU of a
  // cached article hit (seen in a --cpu-prof of the server under load). Freshness is carried by
  // Cache-Control and tag expiry instead; the cost is that a browser re-fetching a page it has
  // gets the page again rather than a 304 (a CDN in front can add validators of its own).
  generateEtags: false,
  // Behind nginx or a CDN that compresses, set COMPRESS=off to save the server the work.
  compress: process.env.COMPRESS !== 'off',
  serverExternalPackages: ['argon2', 'sharp', 'pg'],
  images: {
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [480, 720, 1080, 1440, 1920],
    // Fixed-size images here are author photos (128 CSS px, 256 for dense screens); each width
    // listed also lands in every responsive srcset, so the list is short.
    imageSizes: [128, 256],
  },
  experimental: {
    // Images are uploaded to a route handler (app/api/media), not an action; an action's body
    // is read whole into the heap, so anything far past a long article's save is refused.
    serverActions: { bodySizeLimit: '2mb' },
    // forbidden(): dashboard pages answer 403 to staff whose role does not reach them.
    authInterrupts: true,
    // app/global-not-found.tsx answers unmatched URLs, so no root not-found.tsx rides along in
    // every page's payload.
    globalNotFound: true,
    // No inlineCss: inlined, the stylesheet (22 KB) went into every page three times (a <style>
    // tag, and twice more in React's payload: Turbopack lists it for the global error page as
    // well), 66 KB of a 148 KB article. As a file it is one request, cached for good after the
    // first page; the article's HTML is 82 KB.
    // Load each route's code when it is first requested, not all at start-up: a server that
    // only ever serves readers never loads the editor's modules (a smaller resident set).
    preloadEntriesOnStart: false,
  },
  async redirects() {
    // Crawlers, tools and people try /sitemap.xml first; the sitemap is split (app/sitemap.ts)
    // and its index lives at /sitemap_index.xml, which robots.txt names.
    return [{ source: '/sitemap.xml', destination: '/sitemap_index.xml', permanent: true }]
  },
  async rewrites() {
    // `?page=N` of a section, tag or author becomes part of the path, so each page of a listing
    // is prerendered and cached whole, and a page past the end is a real 404.
    return {
      beforeFiles: ['section', 'tag', 'author'].map((kind) => ({
        source: `/${kind}/:slug`,
        has: [{ type: 'query' as const, key: 'page', value: '(?<page>.*)' }],
        destination: `/${kind}/:slug/page/:page`,
      })),
    }
  },
  async headers() {
    return [
      { source: '/:path*', headers: commonSecurityHeaders },
      // HSTS only when the request arrived over HTTPS (a TLS-terminating proxy says so).
      { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: [HSTS] },
      // Everything but the dashboard: a static policy that suits cached pages. /search sends its
      // own (this one and a second that allows no script): a route handler's header cannot join
      // one set here, only lose to it.
      { source: '/((?!admin|search$).*)', headers: [{ key: 'Content-Security-Policy', value: publicCsp }] },
      { source: '/login', headers: [{ key: 'X-Frame-Options', value: 'DENY' }, { key: 'Cache-Control', value: 'private, no-store' }] },
    ]
  },
}

export default nextConfig
