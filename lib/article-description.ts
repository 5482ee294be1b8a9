// The one-line description of a piece for search results, link previews and JSON-LD.
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' }

/**
 * What search engines and link previews show for a piece: its SEO description, else its
 * standfirst, else its opening words (a piece published without a standfirst had an empty
 * description). The body is the sanitised HTML the renderer made; figures and embeds are left
 * out, and so is anything that is code rather than words (were the sanitiser ever to let a script
 * through, its text would not become the description); the text is cut at a word near 155
 * characters.
 */
export function articleDescription(article: { seoDescription: string; standfirst: string; bodyHtml: string }): string {
  const given = article.seoDescription || article.standfirst
  if (given) return given
  const text = article.bodyHtml
    .replace(/<(figure|iframe|aside|script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#?\w+);/g, (entity, name: string) =>
      ENTITIES[name] ?? (/^#\d+$/.test(name) ? String.fromCodePoint(Number(name.slice(1))) : /^#x[0-9a-f]+$/i.test(name) ? String.fromCodePoint(parseInt(name.slice(2), 16)) : entity),
    )
    .replace(/\s+/g, ' ')
    .trim()
  if (text.length <= 155) return text
  const cut = text.slice(0, 155)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 100 ? cut.lastIndexOf(' ') : 155).replace(/[\s,;:.—–-]+$/, '')}…`
}
