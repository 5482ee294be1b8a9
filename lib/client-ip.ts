// The client's IP address, for rate limits. Only a header set by a proxy the operator trusts
// (TRUSTED_PROXY_HEADER) is believed; anyone can send X-Forwarded-For to a server exposed directly.

/** What we use when we cannot know the address. */
export const UNKNOWN_CLIENT = 'direct'

type HeaderBag = { get(name: string): string | null }

/**
 * With `trustedHeader` unset, always UNKNOWN_CLIENT. Otherwise the address `hops` entries from the
 * right of that header: each trusted proxy appends the address it saw, so entries further left
 * were written by the client and could be forged.
 */
export function clientIp(headers: HeaderBag, trustedHeader: string | undefined, hops = 1): string {
  if (!trustedHeader) return UNKNOWN_CLIENT
  const value = headers.get(trustedHeader)
  if (!value) return UNKNOWN_CLIENT
  const entries = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const ip = entries[Math.max(0, entries.length - hops)] ?? ''
  return /^[0-9a-fA-F:.]{2,45}$/.test(ip) ? ip : UNKNOWN_CLIENT
}
