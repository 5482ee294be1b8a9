import 'server-only'
// Signed, expiring preview links for readers without an account: HMAC-SHA256 over the
// article id and the expiry, keyed with the session secret. Nothing is stored.
import { createHmac, timingSafeEqual } from 'node:crypto'
import { env } from '@/lib/env'

function key(): string {
  if (!env.NEXTAUTH_SECRET) throw new Error('NEXTAUTH_SECRET is needed to sign preview links.')
  // A separate derived key, so a preview signature can never stand in for anything else signed with the secret.
  return createHmac('sha256', env.NEXTAUTH_SECRET).update('broadside:preview-link').digest('base64url')
}

const sign = (articleId: string, expires: number) => createHmac('sha256', key()).update(`${articleId}.${expires}`).digest('base64url')

/** "<expiry in seconds>.<signature>" */
export function signPreviewToken(articleId: string, expiresAt: Date): string {
  const expires = Math.floor(expiresAt.getTime() / 1000)
  return `${expires}.${sign(articleId, expires)}`
}

export function verifyPreviewToken(articleId: string, token: string, now = Date.now()): boolean {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return false
  const expires = Number(match[1])
  if (expires * 1000 < now) return false
  const expected = Buffer.from(sign(articleId, expires))
  const given = Buffer.from(match[2]!)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
