import 'server-only'
// Fixed-window counters in PostgreSQL, so a limit holds across every server instance.
import { db } from '@/lib/db'

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number }

/**
 * Counts one attempt against `key`. More than `limit` attempts inside `windowSeconds`
 * are refused until the window ends. One statement, so concurrent requests count exactly.
 */
export async function hitRateLimit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" ("key", "count", "windowStart")
    VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`
  const row = rows[0]!
  const resetAt = row.windowStart.getTime() + windowSeconds * 1000
  const allowed = row.count <= limit
  return { allowed, remaining: Math.max(0, limit - row.count), retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((resetAt - Date.now()) / 1000)) }
}

/** Forgets a key (e.g. after a successful sign-in). */
export async function clearRateLimit(key: string) {
  await db.rateLimit.deleteMany({ where: { key } })
}

/** Drops windows that ended long ago; called opportunistically. */
export async function pruneRateLimits(olderThanSeconds = 86_400) {
  await db.rateLimit.deleteMany({ where: { windowStart: { lt: new Date(Date.now() - olderThanSeconds * 1000) }, blockedUntil: null } })
}
