// The client's IP, taken only from a header set by a proxy we were told to trust.
// A header the client sent itself is never believed: with no trusted proxy configured
// every request counts as coming from one place, which is safe (limits per account
// still hold) though coarser.

export type ProxyTrust = { header?: string; hops: number }

export const UNKNOWN_IP = 'unknown'

export function clientIpFrom(headers: Headers, trust: ProxyTrust): string {
  if (!trust.header) return UNKNOWN_IP
  const raw = headers.get(trust.header)
  if (!raw) return UNKNOWN_IP
  // X-Forwarded-For grows to the right as proxies append: the trustworthy entry is the
  // one our own proxies added, `hops` from the end. Anything left of it came from the client.
  const parts = raw.split(',').map((p) => p.trim()).filter(Boolean)
  const candidate = parts.length >= trust.hops ? parts[parts.length - trust.hops] : undefined
  return candidate && /^[0-9a-fA-F:.]{2,45}$/.test(candidate) ? candidate : UNKNOWN_IP
}
