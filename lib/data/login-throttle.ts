import 'server-only'
// Brute-force protection for staff sign-in, kept in PostgreSQL so it holds across instances.
// Failures are counted per account *and* source: the browser when it has signed in to that
// account before (lib/login-device.ts), else the IP. An attacker elsewhere, or behind the same
// address, cannot lock the real person out of a browser they have used before.
import { db } from '@/lib/db'
import { getSigner } from '@/lib/form-security'
import { knownDevice } from '@/lib/login-device'
import { requestIp } from '@/lib/request-ip'
import { recordAudit } from './audit'

/** Where a sign-in attempt comes from: `bucket` is what its failures are counted against; `ip` is for the audit log. */
export type AttemptSource = { bucket: string; ip: string }

export function attemptSource(headers: Headers, email: string): AttemptSource {
  const ip = requestIp(headers)
  const device = knownDevice(getSigner(), headers.get('cookie'), email)
  return { bucket: device ? `device:${device}` : ip, ip }
}

const WINDOW_SECONDS = 15 * 60
const MAX_FAILURES = 5
const MAX_WAIT_SECONDS = 60 * 60

const keyFor = (email: string, bucket: string) => `login:${email.trim().toLowerCase()}:${bucket}`

export type ThrottleState = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export async function checkLoginAllowed(email: string, source: AttemptSource): Promise<ThrottleState> {
  const row = await db.rateLimit.findUnique({ where: { key: keyFor(email, source.bucket) }, select: { blockedUntil: true } })
  const until = row?.blockedUntil?.getTime() ?? 0
  if (until > Date.now()) return { allowed: false, retryAfterSeconds: Math.ceil((until - Date.now()) / 1000) }
  return { allowed: true }
}

/**
 * Counts a failure. From the fifth inside the window, the account is held back for this
 * source, and each further failure after a wait doubles the next wait (1 min, 2, 4 … up to an hour).
 */
export async function recordLoginFailure(email: string, source: AttemptSource) {
  const key = keyFor(email, source.bucket)
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
  await recordAudit(null, 'auth.sign_in_failed', email.slice(0, 320), {}, source.ip)
}

export async function recordLoginSuccess(source: AttemptSource, user: { id: string; email: string }) {
  await db.rateLimit.deleteMany({ where: { key: keyFor(user.email, source.bucket) } })
  await recordAudit(user, 'auth.sign_in', user.email, {}, source.ip)
}

export async function recordLoginThrottled(email: string, ip: string) {
  await recordAudit(null, 'auth.sign_in_throttled', email.slice(0, 320), {}, ip)
}
