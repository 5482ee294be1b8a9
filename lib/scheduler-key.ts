// The key the in-process scheduler (instrumentation.ts) shows to /api/scheduler. Derived
// from the session secret so nothing extra needs configuring. This file reads process.env
// itself because instrumentation cannot import lib/env ('server-only' is not available there).
import { createHmac, timingSafeEqual } from 'node:crypto'

export function schedulerKey(): string | null {
  const secret = process.env.NEXTAUTH_SECRET
  return secret ? createHmac('sha256', secret).update('broadside:scheduler').digest('base64url') : null
}

export function isSchedulerKey(given: string | null): boolean {
  const expected = schedulerKey()
  if (!expected || !given) return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}
