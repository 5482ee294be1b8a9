import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Tests and benchmarks build into their own folder so they never replace the demo build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  cacheComponents: true,
  // Unlisted article URLs render in full on first request (no shell), so a 404 is a real 404.
  partialPrefetching: false,
  // `npm test` and `npm run typecheck` run tsc over the whole project; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Behind nginx or a CDN that compresses, set COMPRESS=off to save the server the work.
  compress: process.env.COMPRESS !== 'off',
  serverExternalPackages: ['argon2', 'sharp', 'pg'],
  images: {
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [480, 720, 1080, 1440, 1920],
    imageSizes: [64, 128, 256, 384],
  },
  experimental: {
    serverActions: { bodySizeLimit: '25mb' },
  },
}

export default nextConfig
