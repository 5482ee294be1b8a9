import { describe, expect, it } from 'vitest'
import { likeText } from './like'

describe('likeText', () => {
  it('escapes the characters LIKE treats as wildcards, and its escape character', () => {
    expect(likeText('50% off_site \\ path')).toBe('50\\% off\\_site \\\\ path')
  })
  it('leaves ordinary text alone', () => {
    expect(likeText('Bus workers’ pay')).toBe('Bus workers’ pay')
  })
})
