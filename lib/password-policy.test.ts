import { describe, expect, it } from 'vitest'
import { passwordProblem } from './password-policy'

describe('staff password policy', () => {
  it('refuses short, common and self-describing passwords', () => {
    expect(passwordProblem('short')).toMatch(/at least 10/)
    expect(passwordProblem('password123')).toMatch(/too common/)
    expect(passwordProblem('QWERTYUIOP')).toMatch(/too common/)
    expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/repeats/)
    expect(passwordProblem('wren.writer.2026', { email: 'wren.writer@x.test' })).toMatch(/email/)
  })
  it('accepts long passphrases up to 128 characters, and no longer', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull()
    expect(passwordProblem('x7!'.repeat(21) + 'y')).toBeNull() // 64 characters
    expect(passwordProblem('a1b2c3d4'.repeat(16))).toBeNull() // 128 characters
    expect(passwordProblem('a1b2c3d4'.repeat(16) + 'z')).toMatch(/at most 128/)
  })
})
