import { describe, expect, it } from 'vitest'
import { diffWords } from './diff'

describe('word diff', () => {
  it('marks removed and added words in place', () => {
    expect(diffWords('The strike began on Monday at dawn.', 'The strike began on Tuesday at dawn.')).toEqual([
      { kind: 'same', text: 'The strike began on ' },
      { kind: 'removed', text: 'Monday ' },
      { kind: 'added', text: 'Tuesday ' },
      { kind: 'same', text: 'at dawn.' },
    ])
  })

  it('handles insertions, deletions and identical texts', () => {
    expect(diffWords('a b c', 'a b c')).toEqual([{ kind: 'same', text: 'a b c' }])
    expect(diffWords('a c', 'a b c')).toEqual([
      { kind: 'same', text: 'a ' },
      { kind: 'added', text: 'b ' },
      { kind: 'same', text: 'c' },
    ])
    expect(diffWords('one two three', '')).toEqual([{ kind: 'removed', text: 'one two three' }])
  })

  it('rebuilds both texts from its parts', () => {
    const before = 'Workers at the depot walked out after months of talks.\n\nThe union said more action would follow.'
    const after = 'Drivers at the depot walked out after six months of failed talks.\n\nThe union promised more action.'
    const parts = diffWords(before, after)
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('').replace(/\s+/g, ' ')).toBe(before.replace(/\s+/g, ' '))
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('').replace(/\s+/g, ' ')).toBe(after.replace(/\s+/g, ' '))
  })
})
