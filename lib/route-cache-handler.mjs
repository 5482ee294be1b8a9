// Next's own response cache, kept in memory only while serving.
//
// Out of the box, `next start` writes every page it renders at request time to files under
// <distDir>/server/route-cache and never removes them: each unknown article, tag or author
// address (a 404) and each distinct search would add files for as long as someone kept
// making up addresses. This handler is Next's file-system cache with those writes switched
// off at run time, so rendered pages live in its in-memory LRU (`cacheMaxMemorySize`, 50 MB
// by default) and disk use stays what the build left. Pages prerendered by the build are
// still read from disk, tag expiry works as before, and images keep their own bounded disk
// cache (they use this handler only with `images.customCacheHandler`, which is off). After a
// restart a page renders again on its first request; instances share nothing through disk.
//
// It extends a Next.js internal module (next 16.4, pinned in package.json): if an upgrade moves
// it, the build fails loudly here rather than silently caching to disk again.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

const FileSystemCache = fileSystemCache.default ?? fileSystemCache

export default class MemoryRouteCache extends FileSystemCache {
  constructor(ctx) {
    // The build still writes what it prerenders (those files are the deployment).
    super({ ...ctx, flushToDisk: process.env.NEXT_PHASE === 'phase-production-build' ? ctx.flushToDisk : false })
  }
}
