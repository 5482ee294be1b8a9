import { describe, expect, it } from 'vitest'
import { countWords, docToText } from './document'
import { docToMarkdown, markdownToDoc } from './markdown'
import { renderDocToHtml } from './render'

const sample = `## Why the strike matters

Workers at the depot walked out on **Monday** after *months* of talks. Read [the ballot result](https://example.org/ballot).

> We are not going back for less.

- Pay
- Hours

1. First
2. Second

---

### What next`

describe('article bodies', () => {
  it('render sub-headings, quotes, lists, rules, emphasis and links', () => {
    const html = renderDocToHtml(markdownToDoc(sample))
    expect(html).toContain('<h2>Why the strike matters</h2>')
    expect(html).toContain('<h3>What next</h3>')
    expect(html).toContain('<strong>Monday</strong>')
    expect(html).toContain('<em>months</em>')
    expect(html).toContain('<a href="https://example.org/ballot" rel="noopener noreferrer">the ballot result</a>')
    expect(html).toContain('<blockquote><p>We are not going back for less.</p></blockquote>')
    expect(html).toContain('<ul><li><p>Pay</p></li><li><p>Hours</p></li></ul>')
    expect(html).toContain('<ol>')
    expect(html).toContain('<hr />')
  })

  it('escape what a writer types instead of running it', () => {
    const html = renderDocToHtml(markdownToDoc('<script>alert(1)</script> and <img src=x onerror=alert(1)>'))
    expect(html).not.toMatch(/<script|<img/i)
    expect(html).toContain('&lt;script&gt;')
  })

  it('drop links that are not http, https, mailto or on this site', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', '//evil.example/x', 'vbscript:msgbox(1)']) {
      const html = renderDocToHtml(markdownToDoc(`[click](${href})`))
      expect(html, href).not.toContain('<a')
      expect(html).toContain('click')
    }
    expect(renderDocToHtml(markdownToDoc('[home](/tag/housing)'))).toContain('<a href="/tag/housing">home</a>')
  })

  it('count words and round-trip through the plain form', () => {
    const doc = markdownToDoc(sample)
    expect(countWords(docToText(doc))).toBe(33)
    expect(renderDocToHtml(markdownToDoc(docToMarkdown(doc)))).toBe(renderDocToHtml(doc))
  })
})
