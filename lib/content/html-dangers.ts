// For tests: everything in an HTML string that could run script in a reader's browser,
// found by parsing it as a browser would (entities decoded, tags and attributes as parsed).
import { parseDocument } from 'htmlparser2'
import type { ChildNode, Element } from 'domhandler'
import { EMBED_HOSTS } from './sanitize'

const ALLOWED_TAGS = new Set(['p', 'h2', 'h3', 'blockquote', 'ul', 'ol', 'li', 'hr', 'br', 'strong', 'em', 'a', 'figure', 'figcaption', 'img', 'iframe', 'div', 'span'])
const URL_ATTRS = new Set(['href', 'src', 'srcset'])

export function htmlDangers(html: string): string[] {
  const found: string[] = []
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue
      const el = node as Element
      if (!ALLOWED_TAGS.has(el.name)) found.push(`<${el.name}>`)
      for (const [name, raw] of Object.entries(el.attribs)) {
        if (/^on/i.test(name)) found.push(`${el.name}[${name}]`)
        if (['style', 'srcdoc', 'formaction', 'xlink:href', 'action', 'data'].includes(name.toLowerCase())) found.push(`${el.name}[${name}]`)
        if (URL_ATTRS.has(name)) {
          const urls = name === 'srcset' ? raw.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [raw]
          for (const url of urls) {
            // Browsers ignore control characters and whitespace inside a scheme.
            const squashed = url.replace(/[\u0000-\u0020]/g, '').toLowerCase()
            if (/^(javascript|vbscript|data):/.test(squashed)) found.push(`${el.name}[${name}=${url}]`)
            if (squashed.startsWith('//')) found.push(`${el.name}[${name}] protocol-relative`)
          }
        }
      }
      if (el.name === 'iframe') {
        let host = ''
        try {
          host = new URL(el.attribs.src ?? '').hostname
        } catch {}
        if (!(EMBED_HOSTS as readonly string[]).includes(host)) found.push(`iframe to ${host || 'nowhere'}`)
      }
      visit(el.children)
    }
  }
  visit(parseDocument(html).children)
  return found
}
