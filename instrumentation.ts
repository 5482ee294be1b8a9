// Starts the publishing scheduler with the server: a check shortly after start (catching up
// on anything due while the server was down) and then every 20 seconds, so a scheduled piece
// goes live within 60 seconds of its time. The check runs as a request to this server's own
// /api/scheduler route, where cache invalidation works as it does for any other write.
const INTERVAL_MS = 20_000

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { schedulerKey } = await import('./lib/scheduler-key')
  const key = schedulerKey()
  if (!key) {
    console.warn('[scheduler] NEXTAUTH_SECRET is not set: scheduled articles will not be published automatically.')
    return
  }
  const url = `http://127.0.0.1:${process.env.PORT || 3000}/api/scheduler`
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'x-scheduler-key': key }, signal: AbortSignal.timeout(15_000) })
      if (!response.ok) console.warn(`[scheduler] check answered ${response.status}`)
    } catch {
      // The server is still starting, or the database is away: the next tick tries again.
    } finally {
      running = false
    }
  }
  setTimeout(tick, 2_000).unref()
  setInterval(tick, INTERVAL_MS).unref()
}
