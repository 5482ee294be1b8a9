import { describe, expect, it } from 'vitest'
import { signPreviewToken, verifyPreviewToken } from './preview-token'

const secret = 'a-test-secret-that-is-long-enough'
const now = Date.UTC(2026, 10, 28, 12)
const inAWeek = new Date(now + 7 * 24 * 3600_000)

describe('preview links', () => {
  it('opens the article it was made for until it expires', () => {
    const token = signPreviewToken(secret, 'art1', inAWeek)
    expect(verifyPreviewToken(secret, 'art1', token, now)).toBe(true)
    expect(verifyPreviewToken(secret, 'art1', token, inAWeek.getTime() + 1000)).toBe(false)
  })

  it('opens nothing else, and nothing once altered or signed with another secret', () => {
    const token = signPreviewToken(secret, 'art1', inAWeek)
    expect(verifyPreviewToken(secret, 'art2', token, now)).toBe(false)
    expect(verifyPreviewToken('a-different-secret-also-long-enough', 'art1', token, now)).toBe(false)
    expect(verifyPreviewToken(secret, 'art1', token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), now)).toBe(false)
    const [expires, sig] = token.split('.')
    expect(verifyPreviewToken(secret, 'art1', `${Number(expires) + 86400}.${sig}`, now)).toBe(false)
    expect(verifyPreviewToken(secret, 'art1', '', now)).toBe(false)
  })

  it('refuses every link when there is no secret to check it with', () => {
    expect(verifyPreviewToken(undefined, 'art1', signPreviewToken(secret, 'art1', inAWeek), now)).toBe(false)
  })
})
