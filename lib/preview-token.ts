// Signed, expiring preview links for readers without an account: HMAC-SHA256 over the
// article id and the expiry, keyed with the session secret. Nothing is stored.
// Reads the secret it is given, not lib/env: proxy.ts checks links before the page renders
// (so a bad one gets a real 404), and cannot import 'server-only' modules.
import { createHmac, timingSafeEqual } from 'node:crypto'

function key(sessionSecret: string | undefined): string {
  if (!sessionSecret) throw new Error('NEXTAUTH_SECRET is needed to sign preview links.')
  // A separate derived key, so a preview signature can never stand in for anything else signed with the secret.
  return createHmac('sha256', sessionSecret).update('broadside:preview-link').digest('base64url')
}

const sign = (sessionSecret: string | undefined, articleId: string, expires: number) =>
  createHmac('sha256', key(sessionSecret)).update(`${articleId}.${expires}`).digest('base64url')

/** "<expiry in seconds>.<signature>" */
export function signPreviewToken(sessionSecret: string | undefined, articleId: string, expiresAt: Date): string {
  const expires = Math.floor(expiresAt.getTime() / 1000)
  return `${expires}.${sign(sessionSecret, articleId, expires)}`
}

/** False for a malformed, forged or expired token, and when there is no secret to check it with. */
export function verifyPreviewToken(sessionSecret: string | undefined, articleId: string, token: string, now = Date.now()): boolean {
  if (!sessionSecret) return false
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return false
  const expires = Number(match[1])
  if (expires * 1000 < now) return false
  const expected = Buffer.from(sign(sessionSecret, articleId, expires))
  const given = Buffer.from(match[2]!)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
