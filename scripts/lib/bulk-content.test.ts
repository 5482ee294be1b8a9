import { describe, expect, it } from 'vitest'
import { countWords, docToText, type Doc } from '../../lib/content/document'
import { normalizeDoc } from '../../lib/content/normalize'
import { renderDocToHtml } from '../../lib/content/render'
import { BODY_WORDS, buildBodyPool, seededRandom } from './bulk-content'

// seed:bulk stores these bodies as they are, so they must be what the app itself would store.
describe('the bulk seed body pool', () => {
  const pool = buildBodyPool(60, seededRandom(7))

  it('holds bodies of a real article length', () => {
    for (const body of pool) {
      expect(body.words).toBeGreaterThanOrEqual(BODY_WORDS.min)
      // A body stops at the first block that would take it past the maximum, unless still short.
      expect(body.words).toBeLessThanOrEqual(BODY_WORDS.max + 250)
    }
    const mean = pool.reduce((sum, b) => sum + b.words, 0) / pool.length
    expect(mean).toBeGreaterThan(750)
    expect(mean).toBeLessThan(1100)
  })

  it('stores the HTML, text and word count the app derives from the JSON', () => {
    for (const body of pool) {
      const doc = JSON.parse(body.json) as Doc
      // The editor's normaliser leaves it unchanged, so opening it in the editor changes nothing.
      expect(normalizeDoc(doc)).toEqual(doc)
      expect(body.html).toBe(renderDocToHtml(doc))
      expect(body.text).toBe(docToText(doc))
      expect(body.words).toBe(countWords(body.text))
    }
  })

  it('mixes paragraphs with sub-headings, quotes or lists, and varies', () => {
    expect(pool.some((b) => b.html.includes('<h2>') || b.html.includes('<h3>'))).toBe(true)
    expect(pool.some((b) => b.html.includes('<blockquote>') || b.html.includes('<ul>'))).toBe(true)
    expect(new Set(pool.map((b) => b.json)).size).toBe(pool.length)
  })

  it('is the same for the same seed', () => {
    expect(buildBodyPool(3, seededRandom(42))).toEqual(buildBodyPool(3, seededRandom(42)))
  })
})
