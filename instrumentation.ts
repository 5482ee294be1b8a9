// Runs once when a server instance starts (not during `next build`):
// - the publishing scheduler: a check shortly after start (catching up on anything due while
//   the server was down) and then every 20 seconds, so a scheduled piece goes live within 60 s;
// - the listener for other instances' cache-invalidation notices.
// Both reach this server's own internal route handlers, where cache invalidation works as it
// does for any other write, with a key derived from NEXTAUTH_SECRET.
const SCHEDULER_INTERVAL_MS = 20_000

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { internalSecret } = await import('./lib/internal-secret')
  const secret = internalSecret(process.env.NEXTAUTH_SECRET)
  if (!secret) {
    console.warn('[server] NEXTAUTH_SECRET is not set: no scheduled publishing and no cache notices between instances.')
    return
  }
  const port = Number(process.env.PORT || 3000)

  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/scheduler`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}` },
        signal: AbortSignal.timeout(15_000),
      })
      if (!response.ok) console.warn(`[scheduler] check answered ${response.status}`)
    } catch {
      // The server is still starting, or the database is away: the next tick tries again.
    } finally {
      running = false
    }
  }
  setTimeout(tick, 2_000).unref()
  setInterval(tick, SCHEDULER_INTERVAL_MS).unref()

  if (process.env.DATABASE_URL) {
    const { startCacheListener } = await import('./lib/cache-listener')
    startCacheListener({ databaseUrl: process.env.DATABASE_URL, port, sessionSecret: process.env.NEXTAUTH_SECRET })
  }
}
