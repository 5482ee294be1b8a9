// Rebuilds a document that arrived from the browser with only the nodes, marks and
// attributes lib/content/document.ts describes. Whatever else was sent is dropped, so
// what is stored is exactly what the renderer understands and the editor can reload.
import type { BlockNode, Doc, FigureAttrs, Inline, ListItem, Mark } from './document'
import { isSafeHref } from './urls'
import { isValidVideoRef } from './video'

type Loose = Record<string, unknown>

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '')
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const MAX_DEPTH = 20

function marksOf(raw: unknown): Mark[] {
  const out: Mark[] = []
  for (const m of list(raw)) {
    if (!isObject(m)) continue
    if (m.type === 'bold' || m.type === 'italic') {
      if (!out.some((x) => x.type === m.type)) out.push({ type: m.type })
    } else if (m.type === 'link' && isObject(m.attrs)) {
      const href = str(m.attrs.href, 2000).trim()
      if (isSafeHref(href) && !out.some((x) => x.type === 'link')) out.push({ type: 'link', attrs: { href } })
    }
  }
  return out
}

function inlineOf(raw: unknown): Inline[] {
  const out: Inline[] = []
  for (const n of list(raw)) {
    if (!isObject(n)) continue
    if (n.type === 'hardBreak') out.push({ type: 'hardBreak' })
    else if (n.type === 'text' && typeof n.text === 'string' && n.text) {
      const marks = marksOf(n.marks)
      out.push(marks.length ? { type: 'text', text: n.text.slice(0, 100_000), marks } : { type: 'text', text: n.text.slice(0, 100_000) })
    }
  }
  return out
}

const dimension = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 100_000 ? v : null)

/** Only images from our own media route may appear in a body. */
export const MEDIA_SRC = /^\/media\/[a-z0-9][a-z0-9/_-]*\.(jpg|png|webp|gif)$/

function figureOf(attrs: unknown): BlockNode | null {
  if (!isObject(attrs)) return null
  const src = str(attrs.src, 500)
  if (!MEDIA_SRC.test(src) || src.includes('..')) return null
  const licenceUrl = str(attrs.licenceUrl, 500)
  const figure: FigureAttrs = {
    mediaId: typeof attrs.mediaId === 'string' && /^[a-z0-9]{1,40}$/i.test(attrs.mediaId) ? attrs.mediaId : null,
    src,
    alt: str(attrs.alt, 500),
    caption: str(attrs.caption, 1000),
    credit: str(attrs.credit, 200),
    source: str(attrs.source, 200),
    licenceName: str(attrs.licenceName, 100),
    licenceUrl: licenceUrl && isSafeHref(licenceUrl) ? licenceUrl : '',
    width: dimension(attrs.width),
    height: dimension(attrs.height),
  }
  return { type: 'figure', attrs: figure }
}

function blocksOf(raw: unknown, depth: number): BlockNode[] {
  if (depth > MAX_DEPTH) return []
  const out: BlockNode[] = []
  for (const n of list(raw)) {
    if (!isObject(n)) continue
    switch (n.type) {
      case 'paragraph': {
        const content = inlineOf(n.content)
        out.push(content.length ? { type: 'paragraph', content } : { type: 'paragraph' })
        break
      }
      case 'heading': {
        const level = isObject(n.attrs) && n.attrs.level === 3 ? 3 : 2
        out.push({ type: 'heading', attrs: { level }, content: inlineOf(n.content) })
        break
      }
      case 'blockquote':
        out.push({ type: 'blockquote', content: blocksOf(n.content, depth + 1) })
        break
      case 'bulletList':
      case 'orderedList':
        out.push({ type: n.type, content: itemsOf(n.content, depth + 1) })
        break
      case 'horizontalRule':
        out.push({ type: 'horizontalRule' })
        break
      case 'figure': {
        const figure = figureOf(n.attrs)
        if (figure) out.push(figure)
        break
      }
      case 'video': {
        const attrs = isObject(n.attrs) ? n.attrs : {}
        if (isValidVideoRef(attrs)) {
          const title = str(attrs.title, 200)
          out.push({ type: 'video', attrs: { provider: attrs.provider, videoId: attrs.videoId, ...(title ? { title } : {}) } })
        }
        break
      }
      default:
        break
    }
  }
  return out
}

function itemsOf(raw: unknown, depth: number): ListItem[] {
  return list(raw)
    .filter((n): n is Loose => isObject(n) && n.type === 'listItem')
    .map((n) => ({ type: 'listItem' as const, content: blocksOf(n.content, depth + 1) }))
}

/** A clean document from anything: unknown nodes, marks, attributes and unsafe URLs are dropped. */
export function normalizeDoc(input: unknown): Doc {
  const content = isObject(input) && input.type === 'doc' ? blocksOf(input.content, 0) : []
  // Trailing empty paragraphs are an editor artefact, not content.
  while (content.length && content.at(-1)?.type === 'paragraph' && !(content.at(-1) as { content?: unknown[] }).content?.length) content.pop()
  return { type: 'doc', content }
}
