import { describe, expect, it } from 'vitest'
import { clientIp, UNKNOWN_CLIENT } from './client-ip'

const headers = (h: Record<string, string>) => new Headers(h)

describe('the client IP', () => {
  it('believes no header unless told which one to trust', () => {
    expect(clientIp(headers({ 'x-forwarded-for': '203.0.113.9' }), undefined)).toBe(UNKNOWN_CLIENT)
  })

  it('takes the address the trusted proxy appended, not what the client wrote before it', () => {
    const h = headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' })
    expect(clientIp(h, 'x-forwarded-for')).toBe('203.0.113.9')
    expect(clientIp(headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.2' }), 'x-forwarded-for', 2)).toBe('203.0.113.9')
    expect(clientIp(headers({ 'x-real-ip': '2001:db8::1' }), 'x-real-ip')).toBe('2001:db8::1')
  })

  it('falls back when the header is missing or holds something that is not an address', () => {
    expect(clientIp(headers({}), 'x-forwarded-for')).toBe(UNKNOWN_CLIENT)
    expect(clientIp(headers({ 'x-forwarded-for': 'hello; drop table' }), 'x-forwarded-for')).toBe(UNKNOWN_CLIENT)
  })
})
