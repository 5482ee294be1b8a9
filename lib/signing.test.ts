import { describe, expect, it } from 'vitest'
import { createSigner, sha256 } from './signing'

const signer = createSigner('a-test-secret-that-is-long-enough')
const other = createSigner('a-different-secret-also-long-enough')

describe('form tokens', () => {
  const now = Date.UTC(2026, 10, 28, 12)

  it('accepts a fresh token for the form it was issued for', () => {
    expect(signer.checkFormToken('join', signer.issueFormToken('join', now), 3600, now + 60_000)).toEqual({ ok: true })
  })

  it('refuses a token after its lifetime', () => {
    const token = signer.issueFormToken('join', now)
    expect(signer.checkFormToken('join', token, 3600, now + 3601_000)).toEqual({ ok: false, reason: 'expired' })
  })

  it('refuses a token for another form, from another secret, tampered with or missing', () => {
    const token = signer.issueFormToken('join', now)
    expect(signer.checkFormToken('newsletter', token, 3600, now)).toEqual({ ok: false, reason: 'invalid' })
    expect(other.checkFormToken('join', token, 3600, now)).toEqual({ ok: false, reason: 'invalid' })
    const [issued, sig] = token.split('.')
    expect(signer.checkFormToken('join', `${Number(issued) + 7200}.${sig}`, 3600, now)).toEqual({ ok: false, reason: 'invalid' })
    expect(signer.checkFormToken('join', `${token}.x`, 3600, now)).toEqual({ ok: false, reason: 'invalid' })
    expect(signer.checkFormToken('join', '', 3600, now)).toEqual({ ok: false, reason: 'missing' })
  })
})

describe('signed member links', () => {
  it('verifies only for the same purpose and id', () => {
    const token = signer.signLink('unsubscribe', 'member1')
    expect(signer.verifyLink('unsubscribe', 'member1', token)).toBe(true)
    expect(signer.verifyLink('unsubscribe', 'member2', token)).toBe(false)
    expect(signer.verifyLink('delete', 'member1', token)).toBe(false)
    expect(other.verifyLink('unsubscribe', 'member1', token)).toBe(false)
    expect(signer.verifyLink('unsubscribe', 'member1', token.slice(0, -2) + 'AA')).toBe(false)
  })

  it('stops working after an expiry, which cannot be extended by editing it', () => {
    const now = Date.UTC(2026, 10, 28, 12)
    const token = signer.signLink('welcome', 'm', new Date(now + 60_000))
    expect(signer.verifyLink('welcome', 'm', token, now)).toBe(true)
    expect(signer.verifyLink('welcome', 'm', token, now + 61_000)).toBe(false)
    const [, sig] = token.split('.')
    expect(signer.verifyLink('welcome', 'm', `${Math.floor(now / 1000) + 999_999}.${sig}`, now + 61_000)).toBe(false)
  })
})

describe('sealed values', () => {
  it('round-trips and refuses anything tampered with or sealed by another secret', () => {
    const sealed = signer.seal({ name: 'Rosa', n: 1 })
    expect(signer.unseal(sealed)).toEqual({ name: 'Rosa', n: 1 })
    expect(other.unseal(sealed)).toBeNull()
    const bytes = Buffer.from(sealed, 'base64url')
    bytes[bytes.length - 1]! ^= 1
    expect(signer.unseal(bytes.toString('base64url'))).toBeNull()
    expect(signer.unseal('not sealed')).toBeNull()
  })
})

it('hashes tokens with SHA-256', () => {
  expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
})
