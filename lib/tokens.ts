import 'server-only'
import { randomBytes } from 'node:crypto'
import { sha256 } from '@/lib/signing'

/** A random URL-safe token and the SHA-256 that is stored in its place. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

/** What is stored for a token: its SHA-256 in hex (the proxy checks links with the same function). */
export const hashToken = sha256
