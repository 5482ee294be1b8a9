import { createHmac, timingSafeEqual } from 'node:crypto'

// A secret only this deployment's servers know, for calls between them; derived from the
// session secret so there is nothing more to configure.
export function internalSecret(sessionSecret: string | undefined): string {
  return createHmac('sha256', sessionSecret ?? 'development-only').update('broadside:internal').digest('base64url')
}

export function isInternalCall(header: string | null, sessionSecret: string | undefined): boolean {
  const expected = Buffer.from(`Bearer ${internalSecret(sessionSecret)}`)
  const given = Buffer.from(header ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
