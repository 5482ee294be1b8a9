// Browsers a staff member has signed in on before. With no trusted proxy header every sign-in
// attempt comes from the same "IP" (lib/client-ip.ts), so the throttle's per-IP count would let
// anyone lock an account for everyone with five wrong passwords. After a successful sign-in the
// browser gets a signed cookie naming the account (OWASP's "device cookie"); attempts that carry
// a valid one are counted for that browser alone, so someone else's failures never hold back a
// person on a browser they have used before. Attempts without one are counted by IP as before.
import { randomBytes } from 'node:crypto'
import type { Signer } from '@/lib/signing'

export const DEVICE_COOKIE = 'broadside-device'
export const DEVICE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365

const purpose = (email: string) => `login-device:${email.trim().toLowerCase()}`

/** A new cookie value for this account on this browser. */
export function deviceCookieValue(signer: Signer, email: string): string {
  const nonce = randomBytes(12).toString('base64url')
  return `${nonce}.${signer.sign(purpose(email), nonce)}`
}

/** The browser's id when its cookie was issued for this account, else null. */
export function knownDevice(signer: Signer, cookieHeader: string | null, email: string): string | null {
  if (!cookieHeader || !email) return null
  for (const part of cookieHeader.split(';')) {
    const [name, value = ''] = part.trim().split('=', 2)
    if (name !== DEVICE_COOKIE) continue
    const [nonce = '', signature = '', extra] = value.split('.')
    if (extra === undefined && /^[A-Za-z0-9_-]{16}$/.test(nonce) && signer.verify(purpose(email), nonce, signature)) return nonce
  }
  return null
}
