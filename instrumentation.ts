// Runs once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.DATABASE_URL) return
  // `next build` also loads this file; only a serving instance listens.
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { startCacheListener } = await import('./lib/cache-listener')
  startCacheListener({
    databaseUrl: process.env.DATABASE_URL,
    port: Number(process.env.PORT ?? 3000),
    sessionSecret: process.env.NEXTAUTH_SECRET,
  })
}
