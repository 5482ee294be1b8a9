// Document → HTML for readers. Every string is escaped here, every URL checked,
// and the result still passes through the allowlist sanitiser.
import type { BlockNode, Doc, FigureAttrs, Inline, ListItem } from './document'
import { creditLine } from './licences'
import { sanitizeBodyHtml } from './sanitize'
import { isSafeHref } from './urls'
import { isValidVideoRef } from './video'
import { MEDIA_SRC } from './normalize'
import { escapeHtml } from '@/lib/escape-html'


function renderInline(nodes: Inline[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return '<br>'
      if (node.type !== 'text' || typeof node.text !== 'string') return ''
      let html = escapeHtml(node.text)
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') html = `<strong>${html}</strong>`
        else if (mark.type === 'italic') html = `<em>${html}</em>`
        else if (mark.type === 'link' && typeof mark.attrs?.href === 'string' && isSafeHref(mark.attrs.href)) {
          const href = mark.attrs.href.trim()
          const external = !href.startsWith('/')
          html = `<a href="${escapeHtml(href)}"${external ? ' rel="noopener noreferrer"' : ''}>${html}</a>`
        }
      }
      return html
    })
    .join('')
}

/** srcset through Next's image optimiser, so body images are sized like the hero. */
function imageSrcSet(src: string): string {
  return [480, 720, 1080, 1440].map((w) => `/_next/image?url=${encodeURIComponent(src)}&amp;w=${w}&amp;q=75 ${w}w`).join(', ')
}

export function renderCreditHtml(attrs: Pick<FigureAttrs, 'credit' | 'source' | 'licenceName' | 'licenceUrl'>): string {
  const line = creditLine(attrs)
  if (!line) return ''
  const parts = line.text.map(escapeHtml)
  if (line.licence) {
    const name = escapeHtml(line.licence.name)
    parts.push(line.licence.url && isSafeHref(line.licence.url) ? `<a href="${escapeHtml(line.licence.url)}" rel="license noopener">${name}</a>` : name)
  }
  return `<span class="credit">Photo: ${parts.join(' / ')}</span>`
}

function renderFigure(attrs: FigureAttrs): string {
  if (typeof attrs?.src !== 'string' || !MEDIA_SRC.test(attrs.src) || attrs.src.includes('..')) return ''
  const size = attrs.width && attrs.height ? ` width="${Number(attrs.width)}" height="${Number(attrs.height)}"` : ''
  const caption = attrs.caption ? escapeHtml(attrs.caption) : ''
  const credit = renderCreditHtml(attrs)
  const figcaption = caption || credit ? `<figcaption>${caption}${caption && credit ? ' ' : ''}${credit}</figcaption>` : ''
  return `<figure class="body-figure"><img src="${escapeHtml(attrs.src)}" srcset="${imageSrcSet(attrs.src)}" sizes="(min-width: 768px) 680px, 100vw" alt="${escapeHtml(attrs.alt ?? '')}"${size} loading="lazy" decoding="async">${figcaption}</figure>`
}

function renderVideo(attrs: { provider: string; videoId: string; title?: string }): string {
  if (!attrs || !isValidVideoRef(attrs)) return ''
  const src =
    attrs.provider === 'youtube'
      ? `https://www.youtube-nocookie.com/embed/${attrs.videoId}`
      : attrs.provider === 'vimeo' && /^\d+$/.test(attrs.videoId)
        ? `https://player.vimeo.com/video/${attrs.videoId}?dnt=1`
        : null
  if (!src) return ''
  const title = escapeHtml(attrs.title || 'Embedded video')
  return `<figure class="body-video"><div class="video-frame"><iframe src="${src}" title="${title}" loading="lazy" allow="encrypted-media; picture-in-picture; fullscreen" allowfullscreen referrerpolicy="strict-origin-when-cross-origin"></iframe></div></figure>`
}

function renderBlocks(nodes: (BlockNode | ListItem)[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      switch (node?.type) {
        case 'paragraph': {
          const inner = renderInline(node.content)
          return inner ? `<p>${inner}</p>` : ''
        }
        case 'heading': {
          const level = node.attrs?.level === 3 ? 3 : 2
          return `<h${level}>${renderInline(node.content)}</h${level}>`
        }
        case 'blockquote':
          return `<blockquote>${renderBlocks(node.content)}</blockquote>`
        case 'bulletList':
          return `<ul>${renderBlocks(node.content)}</ul>`
        case 'orderedList':
          return `<ol>${renderBlocks(node.content)}</ol>`
        case 'listItem':
          return `<li>${renderBlocks(node.content)}</li>`
        case 'horizontalRule':
          return '<hr>'
        case 'figure':
          return renderFigure(node.attrs)
        case 'video':
          return renderVideo(node.attrs)
        default:
          return ''
      }
    })
    .join('')
}

/** The HTML a reader gets for a document: rendered strictly, then sanitised. */
export function renderDocToHtml(doc: Doc): string {
  return sanitizeBodyHtml(renderBlocks(Array.isArray(doc?.content) ? doc.content : []))
}
