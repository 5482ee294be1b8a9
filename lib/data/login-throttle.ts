import 'server-only'
// Brute-force protection for staff sign-in, kept in PostgreSQL so it holds across instances.
// Failures are counted per account *and* IP: an attacker elsewhere cannot lock the real person out.
import { db } from '@/lib/db'
import { recordAudit } from './audit'

const WINDOW_SECONDS = 15 * 60
const MAX_FAILURES = 5
const MAX_WAIT_SECONDS = 60 * 60

const keyFor = (email: string, ip: string) => `login:${email.trim().toLowerCase()}:${ip}`

export type ThrottleState = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export async function checkLoginAllowed(email: string, ip: string): Promise<ThrottleState> {
  const row = await db.rateLimit.findUnique({ where: { key: keyFor(email, ip) }, select: { blockedUntil: true } })
  const until = row?.blockedUntil?.getTime() ?? 0
  if (until > Date.now()) return { allowed: false, retryAfterSeconds: Math.ceil((until - Date.now()) / 1000) }
  return { allowed: true }
}

/**
 * Counts a failure. From the fifth inside the window, the account is held back for this
 * IP, and each further failure after a wait doubles the next wait (1 min, 2, 4 … up to an hour).
 */
export async function recordLoginFailure(email: string, ip: string) {
  const key = keyFor(email, ip)
  await db.$executeRaw`
    INSERT INTO "RateLimit" ("key", "count", "windowStart", "strikes")
    VALUES (${key}, 1, now(), 0)
    ON CONFLICT ("key") DO UPDATE SET ("count", "windowStart", "strikes", "blockedUntil") = (
      SELECT CASE WHEN stale THEN 1 ELSE "RateLimit"."count" + 1 END,
             CASE WHEN stale THEN now() ELSE "RateLimit"."windowStart" END,
             CASE WHEN stale THEN 0 ELSE "RateLimit"."strikes" END,
             CASE WHEN stale THEN NULL ELSE "RateLimit"."blockedUntil" END
      FROM (SELECT "RateLimit"."windowStart" < now() - make_interval(secs => ${WINDOW_SECONDS})
                   AND coalesce("RateLimit"."blockedUntil", '-infinity') < now() - make_interval(secs => ${WINDOW_SECONDS}) AS stale) s)`
  await db.$executeRaw`
    UPDATE "RateLimit" SET
      "strikes" = "strikes" + 1,
      "blockedUntil" = now() + make_interval(secs => LEAST(${MAX_WAIT_SECONDS}, 60 * power(2, "strikes")::int))
    WHERE "key" = ${key} AND "count" >= ${MAX_FAILURES}`
  await recordAudit(null, 'auth.sign_in_failed', email.slice(0, 320), {}, ip)
}

export async function recordLoginSuccess(ip: string, user: { id: string; email: string }) {
  const email = user.email
  await db.rateLimit.deleteMany({ where: { key: keyFor(email, ip) } })
  await recordAudit(user, 'auth.sign_in', user.email, {}, ip)
}

export async function recordLoginThrottled(email: string, ip: string) {
  await recordAudit(null, 'auth.sign_in_throttled', email.slice(0, 320), {}, ip)
}
