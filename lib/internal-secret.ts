import { createHmac, timingSafeEqual } from 'node:crypto'

// A key only this deployment's servers know, for calls a server makes to itself (the
// scheduler, cache notices from other instances). Derived from the session secret so there is
// nothing more to configure; with no secret there is no key, and such calls are refused.
// Reads what it is given, not lib/env: instrumentation cannot import 'server-only' modules.
export function internalSecret(sessionSecret: string | undefined): string | null {
  return sessionSecret ? createHmac('sha256', sessionSecret).update('broadside:internal').digest('base64url') : null
}

export function isInternalCall(header: string | null, sessionSecret: string | undefined): boolean {
  const secret = internalSecret(sessionSecret)
  if (!secret || !header) return false
  const expected = Buffer.from(`Bearer ${secret}`)
  const given = Buffer.from(header)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
