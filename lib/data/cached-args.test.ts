import { describe, expect, it } from 'vitest'
import { textArg, textListArg, wholeNumberArg } from './cached-args'

describe('arguments of cached reads', () => {
  it('keeps short strings and refuses long or non-strings', () => {
    expect(textArg('housing')).toBe('housing')
    expect(textArg('x'.repeat(201))).toBeNull()
    expect(textArg('x'.repeat(1000), 1000)).toHaveLength(1000)
    expect(textArg(42)).toBeNull()
    expect(textArg('rent\u0000strike')).toBeNull()
    expect(textArg({ toString: () => 'a' })).toBeNull()
  })

  it('keeps whole numbers in range and refuses the rest', () => {
    expect(wholeNumberArg(3, 1, 10)).toBe(3)
    expect(wholeNumberArg(0, 1, 10)).toBeNull()
    expect(wholeNumberArg(11, 1, 10)).toBeNull()
    expect(wholeNumberArg(2.5, 1, 10)).toBeNull()
    expect(wholeNumberArg('3', 1, 10)).toBeNull()
    expect(wholeNumberArg(Number.NaN, 1, 10)).toBeNull()
  })

  it('caps lists and drops what is not a short string', () => {
    expect(textListArg(['a', 1, 'b', 'x'.repeat(500)], 10)).toEqual(['a', 'b'])
    expect(textListArg(Array.from({ length: 100 }, (_, i) => `t${i}`), 20)).toHaveLength(20)
    expect(textListArg('a', 5)).toEqual([])
  })
})
