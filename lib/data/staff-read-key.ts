import 'server-only'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { env } from '@/lib/env'

/**
 * The key a cached read for staff only takes as its first argument. The dashboard's suggestions
 * rank tags and authors by use (lib/data/taxonomy.ts), drafts and all, and are cached for
 * everyone, so they cannot check a session themselves: their callers check it and then pass this
 * key, derived from the session secret. Called by id from outside, without it, they answer nothing.
 */
export function staffReadKey(): string {
  if (!env.NEXTAUTH_SECRET) throw new Error('NEXTAUTH_SECRET is not set; npm start and npm test set it, production must.')
  return createHmac('sha256', env.NEXTAUTH_SECRET).update('broadside:staff-cached-read').digest('base64url')
}

/** Whether a cached read was handed the staff key (see staffReadKey). */
export function isStaffReadKey(value: unknown): boolean {
  if (typeof value !== 'string') return false
  const expected = Buffer.from(staffReadKey())
  const given = Buffer.from(value)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
