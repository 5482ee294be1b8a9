import { describe, expect, it } from 'vitest'
import { candidatePlan, MARK_END, MARK_START, MAX_QUERY_LENGTH, normaliseQuery, parseSnippet, foldQuotes, quoteVariants, unfoldQuotes } from './search-text'

describe('normaliseQuery', () => {
  it('trims and collapses whitespace, and takes the first of repeated values', () => {
    expect(normaliseQuery('  rent   strike \n')).toEqual({ text: 'rent strike', truncated: false, hasWords: true })
  })
  it('drops emoji, which no article is searched by, so the words beside them still find pieces', () => {
    expect(normaliseQuery('🚌 bus')).toEqual({ text: 'bus', truncated: false, hasWords: true })
    expect(normaliseQuery('👩🏽‍⚕️ nurses ✊🏿 pay')).toEqual({ text: 'nurses pay', truncated: false, hasWords: true })
    expect(normaliseQuery('🚌').text).toBe('')
    expect(normaliseQuery('café £5 naïve 日本').text).toBe('café £5 naïve 日本')
    // Keycaps, flags and tag-sequence flags go whole; a joiner inside a word of another script stays.
    expect(normaliseQuery('1️⃣ bus 🇺🇦 aid 🏴󠁧󠁢󠁳󠁣󠁴󠁿 march').text).toBe('bus aid march')
    expect(normaliseQuery('ශ්‍රී ලංකා').text).toBe('ශ්‍රී ලංකා')
    expect(normaliseQuery('bus 2 ✊🏿').text).toBe('bus 2')
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

  it('cuts a long query after its last whole word within the limit, never inside one', () => {
    // Cut at 200 characters this was "… strike stri": a term no article has, so nothing matched.
    const long = normaliseQuery('strike '.repeat(100))
    expect(long.truncated).toBe(true)
    expect(long.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
    expect(long.text.split(' ')).toEqual(Array(28).fill('strike'))
    // A word ending exactly at the limit is kept.
    const exact = normaliseQuery(`${'a'.repeat(193)} strike and more`)
    expect(exact).toEqual({ text: `${'a'.repeat(193)} strike`, truncated: true, hasWords: true })
    expect(normaliseQuery('w'.repeat(MAX_QUERY_LENGTH)).truncated).toBe(false)
  })

  it('keeps a quoted phrase whole or leaves it out', () => {
    const words = 'word '.repeat(37).trim() // 184 characters: the phrase would end at 205
    const cut = normaliseQuery(`${words} "rent strike ballot" tenants`)
    expect(cut).toEqual({ text: words, truncated: true, hasWords: true })
    const kept = normaliseQuery(`${'word '.repeat(30).trim()} "rent strike ballot" ${'tenants '.repeat(10)}`)
    expect(kept.text).toBe(`${'word '.repeat(30).trim()} "rent strike ballot" tenants tenants tenants`)
    expect(kept.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
    // A phrase longer than the limit on its own is cut at a word within it.
    const phrase = normaliseQuery(`"${'picket '.repeat(40)}"`)
    expect(phrase.text).toBe(`"${'picket '.repeat(28).trim()}`)
  })

  it('cuts a single over-long word at the limit, without splitting a character', () => {
    expect(normaliseQuery('x'.repeat(300)).text).toBe('x'.repeat(MAX_QUERY_LENGTH))
    // Letters outside the Basic Multilingual Plane are one character each, two UTF-16 units.
    const script = normaliseQuery('𝒜'.repeat(300))
    expect(script.truncated).toBe(true)
    expect(Array.from(script.text)).toEqual(Array(MAX_QUERY_LENGTH).fill('𝒜'))
    expect(normaliseQuery('𝒜'.repeat(150))).toMatchObject({ truncated: false })
  })

  it('removes control characters and the snippet delimiters', () => {
    expect(normaliseQuery(`a\u0000b${MARK_START}c${MARK_END}d`).text).toBe('a b c d')
  })
})

describe('foldQuotes and unfoldQuotes', () => {
  it('makes curly quotes and apostrophes straight in a query, so a phone’s typing finds what a keyboard’s does', () => {
    expect(normaliseQuery('britain\u2019s').text).toBe("britain's")
    expect(normaliseQuery('\u201cbus drivers\u201d').text).toBe('"bus drivers"')
    expect(normaliseQuery('tenants\u2019 union').text).toBe("tenants' union")
    expect(foldQuotes('\u2018a\u2019 \u201ab\u201b \u201cc\u201d \u201ed\u201f 5\u2032 6\u2033')).toBe(`'a' 'b' "c" "d" 5' 6"`)
  })
  it('puts the original characters back into a highlighted result, marks and all', () => {
    const original = 'Britain\u2019s \u201cbus drivers\u201d win'
    const highlighted = `${MARK_START}Britain${MARK_END}'s "${MARK_START}bus${MARK_END} drivers" win`
    expect(unfoldQuotes(highlighted, original)).toBe(`${MARK_START}Britain${MARK_END}\u2019s \u201c${MARK_START}bus${MARK_END} drivers\u201d win`)
  })
  it('finds each fragment of an excerpt in the text on its own', () => {
    const original = 'The union\u2019s ballot closed. Nothing here. Then the council\u2019s reply came.'
    const highlighted = `The ${MARK_START}union${MARK_END}'s ballot … the ${MARK_START}council${MARK_END}'s reply`
    expect(unfoldQuotes(highlighted, original, ' … ')).toBe(`The ${MARK_START}union${MARK_END}\u2019s ballot … the ${MARK_START}council${MARK_END}\u2019s reply`)
  })
  it('leaves text with nothing folded, or a fragment it cannot place, as it was', () => {
    expect(unfoldQuotes(`${MARK_START}plain${MARK_END} text`, 'plain text')).toBe(`${MARK_START}plain${MARK_END} text`)
    expect(unfoldQuotes("not in it's text", 'Other\u2019s words')).toBe("not in it's text")
  })
})

describe('quoteVariants', () => {
  it('offers a typed fragment as typed, with straight quotes and with a curly apostrophe', () => {
    expect(quoteVariants("o'brien")).toEqual(["o'brien", 'o\u2019brien'])
    expect(quoteVariants('britain\u2019s')).toEqual(['britain\u2019s', "britain's"])
    expect(quoteVariants('plain')).toEqual(['plain'])
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

describe('candidatePlan', () => {
  it('takes the GIN bitmap for a query matching a few thousand of 100,000 articles', () => {
    expect(candidatePlan(4_000, 100_000, 100)).toEqual({ kind: 'bitmap' })
  })

  it('walks the newest articles for a word most of the archive contains, only as far as it needs', () => {
    // Three quarters match: about 133 articles hold 100 matches; the walk may go three times that.
    expect(candidatePlan(75_000, 100_000, 100)).toEqual({ kind: 'walk', limit: 400 })
  })

  it('never walks more than 10,000 articles', () => {
    const plan = candidatePlan(100_000, 10_000_000, 100)
    expect(plan.kind === 'walk' && plan.limit).toBe(10_000)
  })

  it('takes the bitmap when the table has never been analysed', () => {
    expect(candidatePlan(500, -1, 100)).toEqual({ kind: 'bitmap' })
    expect(candidatePlan(500, 0, 100)).toEqual({ kind: 'bitmap' })
    expect(candidatePlan(Number.NaN, 1000, 100)).toEqual({ kind: 'bitmap' })
  })
})
