// A small Markdown subset → document, for the plain article form and the demo seed.
// Blocks: paragraphs, ## / ### headings, > quotes, - and 1. lists, --- rules.
// Inline: **bold**, *italic*, [text](url).
import type { BlockNode, Doc, Inline, ListItem, Mark } from './document'

const INLINE = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\(([^)\s]+)\)/g

export function parseInline(text: string, marks: Mark[] = []): Inline[] {
  const out: Inline[] = []
  let last = 0
  const push = (t: string, m: Mark[]) => {
    if (t) out.push(m.length ? { type: 'text', text: t, marks: m } : { type: 'text', text: t })
  }
  for (const match of text.matchAll(INLINE)) {
    push(text.slice(last, match.index), marks)
    if (match[1] !== undefined) out.push(...parseInline(match[1], [...marks, { type: 'bold' }]))
    else if (match[2] !== undefined) out.push(...parseInline(match[2], [...marks, { type: 'italic' }]))
    else if (match[3] !== undefined && match[4] !== undefined)
      out.push(...parseInline(match[3], [...marks, { type: 'link', attrs: { href: match[4] } }]))
    last = (match.index ?? 0) + match[0].length
  }
  push(text.slice(last), marks)
  return out
}

function paragraph(text: string): BlockNode {
  return { type: 'paragraph', content: parseInline(text.replace(/\s*\n\s*/g, ' ').trim()) }
}

function list(lines: string[], ordered: boolean): BlockNode {
  const items: ListItem[] = lines.map((line) => ({
    type: 'listItem',
    content: [paragraph(line.replace(ordered ? /^\d+[.)]\s+/ : /^[-*]\s+/, ''))],
  }))
  return ordered ? { type: 'orderedList', content: items } : { type: 'bulletList', content: items }
}

export function markdownToDoc(source: string): Doc {
  const blocks = source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)
  const content: BlockNode[] = []
  for (const raw of blocks) {
    const block = raw.trim()
    if (!block) continue
    const lines = block.split('\n').map((l) => l.trim())
    if (/^---+$/.test(block)) content.push({ type: 'horizontalRule' })
    else if (block.startsWith('### ')) content.push({ type: 'heading', attrs: { level: 3 }, content: parseInline(block.slice(4).trim()) })
    else if (block.startsWith('## ')) content.push({ type: 'heading', attrs: { level: 2 }, content: parseInline(block.slice(3).trim()) })
    else if (lines.every((l) => l.startsWith('>'))) {
      const inner = lines.map((l) => l.replace(/^>\s?/, '')).join('\n')
      content.push({ type: 'blockquote', content: markdownToDoc(inner).content })
    } else if (lines.every((l) => /^[-*]\s+/.test(l))) content.push(list(lines, false))
    else if (lines.every((l) => /^\d+[.)]\s+/.test(l))) content.push(list(lines, true))
    else content.push(paragraph(block))
  }
  return { type: 'doc', content }
}

function inlineToMarkdown(nodes: Inline[] | undefined): string {
  return (nodes ?? [])
    .map((n) => {
      if (n.type === 'hardBreak') return ' '
      let text = n.text
      for (const mark of n.marks ?? []) {
        if (mark.type === 'bold') text = `**${text}**`
        else if (mark.type === 'italic') text = `*${text}*`
        else if (mark.type === 'link') text = `[${text}](${mark.attrs.href})`
      }
      return text
    })
    .join('')
}

/** The reverse of markdownToDoc, for editing a stored document in the plain form. */
export function docToMarkdown(doc: Doc): string {
  const blocks = (nodes: BlockNode[] | undefined): string[] =>
    (nodes ?? []).flatMap((node): string[] => {
      switch (node.type) {
        case 'paragraph':
          return [inlineToMarkdown(node.content)]
        case 'heading':
          return [`${node.attrs?.level === 3 ? '###' : '##'} ${inlineToMarkdown(node.content)}`]
        case 'blockquote':
          return [blocks(node.content).join('\n\n').split('\n').map((l) => `> ${l}`.trimEnd()).join('\n')]
        case 'bulletList':
        case 'orderedList':
          return [
            (node.content ?? [])
              .map((item, i) => `${node.type === 'orderedList' ? `${i + 1}.` : '-'} ${blocks(item.content).join(' ')}`)
              .join('\n'),
          ]
        case 'horizontalRule':
          return ['---']
        default:
          return []
      }
    })
  return blocks(doc.content).join('\n\n')
}
