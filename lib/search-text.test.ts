import { describe, expect, it } from 'vitest'
import { MARK_END, MARK_START, MAX_QUERY_LENGTH, normaliseQuery, parseSnippet } from './search-text'

describe('normaliseQuery', () => {
  it('trims and collapses whitespace, and takes the first of repeated values', () => {
    expect(normaliseQuery('  rent   strike \n')).toEqual({ text: 'rent strike', truncated: false, hasWords: true })
    expect(normaliseQuery(['nhs', 'ignored']).text).toBe('nhs')
  })

  it('treats a missing or empty query as having no words', () => {
    expect(normaliseQuery(undefined)).toEqual({ text: '', truncated: false, hasWords: false })
    expect(normaliseQuery('   ').hasWords).toBe(false)
  })

  it('knows punctuation-only queries have no words', () => {
    expect(normaliseQuery('?!*&"\'()<>').hasWords).toBe(false)
    expect(normaliseQuery('— … ·').hasWords).toBe(false)
  })

  it('counts letters in any script as words', () => {
    expect(normaliseQuery('забастовка').hasWords).toBe(true)
    expect(normaliseQuery('إضراب').hasWords).toBe(true)
    expect(normaliseQuery('罢工').hasWords).toBe(true)
  })

  it('cuts long queries without splitting a character', () => {
    const long = normaliseQuery('strike '.repeat(200))
    expect(long.truncated).toBe(true)
    expect(long.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
    const emoji = normaliseQuery('😀'.repeat(300))
    expect(Array.from(emoji.text).every((c) => c === '😀')).toBe(true)
  })

  it('removes control characters and the snippet delimiters', () => {
    expect(normaliseQuery(`a\u0000b${MARK_START}c${MARK_END}d`).text).toBe('a b c d')
  })
})

describe('parseSnippet', () => {
  it('splits highlighted words from the text around them', () => {
    expect(parseSnippet(`Bus ${MARK_START}drivers${MARK_END} walk out`)).toEqual([
      { text: 'Bus ', marked: false },
      { text: 'drivers', marked: true },
      { text: ' walk out', marked: false },
    ])
  })

  it('keeps markup in the article text as plain text', () => {
    const parts = parseSnippet(`<script>alert(1)</script> ${MARK_START}<b>rent</b>${MARK_END}`)
    expect(parts).toEqual([
      { text: '<script>alert(1)</script> ', marked: false },
      { text: '<b>rent</b>', marked: true },
    ])
  })

  it('survives unbalanced delimiters', () => {
    expect(parseSnippet(`a${MARK_END}b${MARK_START}c`)).toEqual([
      { text: 'ab', marked: false },
      { text: 'c', marked: true },
    ])
    expect(parseSnippet('')).toEqual([])
  })
})
