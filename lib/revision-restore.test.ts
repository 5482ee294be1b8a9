import { describe, expect, it } from 'vitest'
import { correctionAfterRestore } from './revision-restore'

const june = new Date('2026-06-01T00:00:00Z')
const july = new Date('2026-07-01T00:00:00Z')
const none = { text: '', at: null }

describe('a restore and the correction notice', () => {
  it('keeps the current correction, with its date, when the revision has none', () => {
    expect(correctionAfterRestore({ text: 'We misstated the date.', at: july }, none)).toEqual({ text: 'We misstated the date.', at: july, kept: true })
  })

  it('keeps the current correction when the revision has an older one, or one from the same day', () => {
    const current = { text: 'We misstated the date and the venue.', at: july }
    expect(correctionAfterRestore(current, { text: 'We misstated the date.', at: june })).toEqual({ ...current, kept: true })
    expect(correctionAfterRestore(current, { text: 'An earlier wording.', at: july })).toEqual({ ...current, kept: true })
    expect(correctionAfterRestore(current, { text: 'Undated.', at: null })).toEqual({ ...current, kept: true })
  })

  it('keeps an undated current correction, even against a dated one in the revision', () => {
    const current = { text: 'We misnamed the council.', at: null }
    expect(correctionAfterRestore(current, { text: 'We misstated the date.', at: june })).toEqual({ ...current, kept: true })
  })

  it('brings back the revision’s correction when it is the later one, or the piece has none now', () => {
    expect(correctionAfterRestore({ text: 'Old.', at: june }, { text: 'Newer.', at: july })).toEqual({ text: 'Newer.', at: july, kept: false })
    expect(correctionAfterRestore(none, { text: 'Restored.', at: june })).toEqual({ text: 'Restored.', at: june, kept: false })
    expect(correctionAfterRestore(none, none)).toEqual({ ...none, kept: false })
  })
})
