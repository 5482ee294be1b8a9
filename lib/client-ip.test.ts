import { describe, expect, it } from 'vitest'
import { clientIpFrom, UNKNOWN_IP } from './client-ip'

const h = (init: Record<string, string>) => new Headers(init)

describe('client IP', () => {
  it('believes no header when no proxy is trusted', () => {
    expect(clientIpFrom(h({ 'x-forwarded-for': '203.0.113.9', 'x-real-ip': '203.0.113.9' }), { hops: 1 })).toBe(UNKNOWN_IP)
  })
  it('takes the entry our proxy appended, not what the client put in front of it', () => {
    const trust = { header: 'x-forwarded-for', hops: 1 }
    expect(clientIpFrom(h({ 'x-forwarded-for': '1.2.3.4, 198.51.100.7' }), trust)).toBe('198.51.100.7')
    expect(clientIpFrom(h({ 'x-forwarded-for': '198.51.100.7' }), trust)).toBe('198.51.100.7')
    expect(clientIpFrom(h({ 'x-forwarded-for': '9.9.9.9, 198.51.100.7, 10.0.0.2' }), { header: 'x-forwarded-for', hops: 2 })).toBe('198.51.100.7')
  })
  it('reads a single-value header such as X-Real-IP and rejects junk', () => {
    expect(clientIpFrom(h({ 'x-real-ip': '2001:db8::1' }), { header: 'x-real-ip', hops: 1 })).toBe('2001:db8::1')
    expect(clientIpFrom(h({ 'x-real-ip': '<script>' }), { header: 'x-real-ip', hops: 1 })).toBe(UNKNOWN_IP)
    expect(clientIpFrom(h({}), { header: 'x-real-ip', hops: 1 })).toBe(UNKNOWN_IP)
  })
})
