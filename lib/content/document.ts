// The article body as the editor stores it: a ProseMirror (Tiptap) JSON document.
// Only these node and mark types are understood; anything else is dropped when rendered.
import { z } from 'zod'

export type Mark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'link'; attrs: { href: string } }

export type TextNode = { type: 'text'; text: string; marks?: Mark[] }
export type HardBreak = { type: 'hardBreak' }
export type Inline = TextNode | HardBreak

export type FigureAttrs = {
  mediaId: string | null
  src: string
  alt: string
  caption: string
  credit: string
  source: string
  licenceName: string
  licenceUrl: string
  width: number | null
  height: number | null
}

export type BlockNode =
  | { type: 'paragraph'; content?: Inline[] }
  | { type: 'heading'; attrs: { level: 2 | 3 }; content?: Inline[] }
  | { type: 'blockquote'; content?: BlockNode[] }
  | { type: 'bulletList'; content?: ListItem[] }
  | { type: 'orderedList'; content?: ListItem[] }
  | { type: 'horizontalRule' }
  | { type: 'figure'; attrs: FigureAttrs }
  | { type: 'video'; attrs: { provider: 'youtube' | 'vimeo'; videoId: string; title?: string } }

export type ListItem = { type: 'listItem'; content?: BlockNode[] }

export type Doc = { type: 'doc'; content: BlockNode[] }

/** Loose structural check for documents arriving from the browser; the renderer enforces the rest. */
export const docSchema = z
  .object({ type: z.literal('doc'), content: z.array(z.record(z.string(), z.unknown())).max(5000) })
  .passthrough()

export const emptyDoc = (): Doc => ({ type: 'doc', content: [] })

function inlineText(nodes: Inline[] | undefined): string {
  return (nodes ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join('')
}

/** Plain text of a document: for search, snippets and word counts. */
export function docToText(doc: Doc): string {
  const out: string[] = []
  const walk = (nodes: BlockNode[] | ListItem[] | undefined) => {
    for (const node of nodes ?? []) {
      switch (node.type) {
        case 'paragraph':
        case 'heading':
          out.push(inlineText(node.content))
          break
        case 'blockquote':
        case 'bulletList':
        case 'orderedList':
        case 'listItem':
          walk(node.content as BlockNode[] | undefined)
          break
        case 'figure':
          if (node.attrs.caption) out.push(node.attrs.caption)
          break
        default:
          break
      }
    }
  }
  walk(doc.content)
  return out.join('\n\n')
}

export function countWords(text: string): number {
  const words = text.trim().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)
  return words ? words.length : 0
}

/** Minutes to read at 230 words a minute, at least one. */
export const readingMinutes = (words: number) => Math.max(1, Math.round(words / 230))
