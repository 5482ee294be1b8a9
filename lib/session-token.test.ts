import { decode as nextAuthDecode, encode as nextAuthEncode } from 'next-auth/jwt'
import { describe, expect, it } from 'vitest'
import { decodeSessionToken, encodeSessionToken } from './session-token'

const secret = 'a-test-secret-that-is-long-enough-for-a-session'
const token = { sub: 'user-1', sv: 3, sid: 'session-a', role: 'EDITOR', name: 'Ed Itor' }

describe('session cookies', () => {
  it('reads a cookie next-auth itself made, so sessions signed in before the change stay signed in', async () => {
    const cookie = await nextAuthEncode({ token, secret, maxAge: 3600 })
    expect(await decodeSessionToken({ token: cookie, secret })).toMatchObject(token)
  })

  it('makes cookies next-auth itself reads, with an expiry and an id of their own', async () => {
    const cookie = await encodeSessionToken({ token, secret, maxAge: 3600 })
    const read = await nextAuthDecode({ token: cookie, secret })
    expect(read).toMatchObject(token)
    expect(Number(read!.exp) - Number(read!.iat)).toBe(3600)
    expect(read!.jti).toMatch(/^[0-9a-f-]{36}$/)
    expect((await decodeSessionToken({ token: await encodeSessionToken({ token, secret }), secret }))!.jti).not.toBe(read!.jti)
  })

  it('refuses a cookie made with another secret, or under another salt, each time it is asked', async () => {
    const cookie = await encodeSessionToken({ token, secret })
    // Asked twice: the second answer comes from a key derived once and kept.
    for (let i = 0; i < 2; i++) {
      await expect(decodeSessionToken({ token: cookie, secret: `${secret}-rotated` })).rejects.toThrow()
      await expect(decodeSessionToken({ token: cookie, secret, salt: 'another-purpose' })).rejects.toThrow()
      expect(await decodeSessionToken({ token: cookie, secret })).toMatchObject(token)
    }
  })

  it('refuses a cookie past its lifetime, and a tampered one', async () => {
    const expired = await encodeSessionToken({ token, secret, maxAge: -60 })
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow(/exp/)
    const cookie = await encodeSessionToken({ token, secret })
    const parts = cookie.split('.')
    parts[3] = parts[3]!.slice(0, -2) + (parts[3]!.endsWith('AA') ? 'BB' : 'AA')
    await expect(decodeSessionToken({ token: parts.join('.'), secret })).rejects.toThrow()
    expect(await decodeSessionToken({ token: '', secret })).toBeNull()
  })
})
