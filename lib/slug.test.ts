import { describe, expect, it } from 'vitest'
import { lowerCasedSlug, SLUG_PATTERN, slugify } from './slug'

describe('slugify', () => {
  it('makes lower-case hyphenated ASCII from a headline', () => {
    expect(slugify('Tenants win rent freeze after month-long strike')).toBe('tenants-win-rent-freeze-after-month-long-strike')
  })
  it('drops accents, apostrophes and punctuation', () => {
    expect(slugify('Café workers’ “historic” win — at last!')).toBe('cafe-workers-historic-win-at-last')
    expect(slugify("Labour's U-turn & the unions")).toBe('labours-u-turn-and-the-unions')
  })
  it('never produces leading, trailing or doubled hyphens, and fits the pattern', () => {
    for (const input of ['  --Hello--  World--  ', '£5 a month?', 'A'.repeat(300)]) {
      const slug = slugify(input)
      expect(slug).toMatch(SLUG_PATTERN)
      expect(slug.length).toBeLessThanOrEqual(120)
    }
  })
  it('gives an empty slug for text with no letters or digits', () => {
    expect(slugify('!!! ???')).toBe('')
  })
})

describe('lowerCasedSlug', () => {
  it('lower-cases a slug typed with capitals, and leaves alone one that has none or is no slug of ours', () => {
    expect(lowerCasedSlug('Rent-Cap-Final')).toBe('rent-cap-final')
    expect(lowerCasedSlug('NHS')).toBe('nhs')
    expect(lowerCasedSlug('rent-cap-final')).toBeNull()
    expect(lowerCasedSlug('caf%C3%A9')).toBeNull()
    expect(lowerCasedSlug('Café')).toBeNull()
  })
})

describe('slugify in other alphabets', () => {
  it('spells out Cyrillic and Greek headlines, and letters with no accent to drop', () => {
    expect(slugify('Забастовка учителей в Москве')).toBe('zabastovka-uchiteley-v-moskve')
    expect(slugify('Їжа і ґрунт: Європа')).toBe('yizha-i-grunt-yevropa')
    expect(slugify('Απεργία στην Αθήνα')).toBe('apergia-stin-athina')
    expect(slugify('Straße, Ærø og Łódź')).toBe('strasse-aero-og-lodz')
    expect(slugify('Ёлка')).toBe('yolka')
  })
  it('still gives an empty slug for a script it cannot spell, so the caller falls back', () => {
    expect(slugify('罢工')).toBe('')
  })
})
