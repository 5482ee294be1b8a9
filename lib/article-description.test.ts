import { describe, expect, it } from 'vitest'
import { articleDescription } from './article-description'

const piece = (over: Partial<{ seoDescription: string; standfirst: string; bodyHtml: string }>) => ({ seoDescription: '', standfirst: '', bodyHtml: '', ...over })

describe('articleDescription', () => {
  it('prefers the SEO description, then the standfirst', () => {
    expect(articleDescription(piece({ seoDescription: 'For search.', standfirst: 'Stand.', bodyHtml: '<p>Body.</p>' }))).toBe('For search.')
    expect(articleDescription(piece({ standfirst: 'Stand.', bodyHtml: '<p>Body.</p>' }))).toBe('Stand.')
  })
  it('falls back to the opening words of the body as text, without figures or embeds', () => {
    const bodyHtml =
      '<figure><img src="/x.jpg" alt=""><figcaption>Photo: A. Snapper</figcaption></figure><p>Tenants &amp; their union <strong>won</strong> the vote&#39;s count.</p><p>Then more.</p>'
    expect(articleDescription(piece({ bodyHtml }))).toBe("Tenants & their union won the vote's count. Then more.")
  })
  it('never takes the text of a script or style into the description', () => {
    const bodyHtml = "<p>Ordinary words.</p><script>document.title='script ran'</script><style>p{color:red}</style>"
    expect(articleDescription(piece({ bodyHtml }))).toBe('Ordinary words.')
  })
  it('cuts a long body at a word, near 155 characters', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ')
    const description = articleDescription(piece({ bodyHtml: `<p>${words}</p>` }))
    expect(description.length).toBeLessThanOrEqual(156)
    expect(description.endsWith('…')).toBe(true)
    expect(words.startsWith(description.slice(0, -1))).toBe(true)
    expect(description.at(-2)).not.toBe(' ')
  })
})
