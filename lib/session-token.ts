// The session cookie's encryption, exactly as next-auth's own (next-auth/jwt: a JWE, "dir" with
// A256GCM, under a key derived from NEXTAUTH_SECRET by HKDF), except that the key is derived once
// per secret, not on every request: next-auth derives it afresh for each decode, which cost the
// dashboard about 3 ms of the server's time per page (the proxy and the page each decode).
// Cookies made by either read with the other (lib/session-token.test.ts).
import { hkdfSync, randomUUID } from 'node:crypto'
import { EncryptJWT, jwtDecrypt } from 'jose'
import type { JWT, JWTDecodeParams, JWTEncodeParams } from 'next-auth/jwt'

const DEFAULT_MAX_AGE = 30 * 24 * 60 * 60
const keys = new Map<string, Uint8Array>()

function encryptionKey(secret: string | Buffer, salt: string): Uint8Array {
  const id = `${salt}\u0000${typeof secret === 'string' ? secret : secret.toString('base64')}`
  let key = keys.get(id)
  if (!key) {
    key = new Uint8Array(hkdfSync('sha256', secret, salt, `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ''}`, 32))
    // Secrets are few (one per deployment, rotated rarely): never more than a handful of keys.
    if (keys.size >= 8) keys.clear()
    keys.set(id, key)
  }
  return key
}

export async function encodeSessionToken({ token = {}, secret, maxAge = DEFAULT_MAX_AGE, salt = '' }: JWTEncodeParams): Promise<string> {
  const now = Math.floor(Date.now() / 1000)
  return new EncryptJWT(token).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setIssuedAt().setExpirationTime(now + maxAge).setJti(randomUUID()).encrypt(encryptionKey(secret, salt))
}

export async function decodeSessionToken({ token, secret, salt = '' }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null
  const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), { clockTolerance: 15 })
  return payload as JWT
}
