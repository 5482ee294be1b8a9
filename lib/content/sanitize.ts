// The one allowlist sanitiser every piece of writer-supplied HTML passes through before a reader sees it.
import sanitizeHtml from 'sanitize-html'

export const EMBED_HOSTS = ['www.youtube-nocookie.com', 'player.vimeo.com'] as const

const options: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'blockquote', 'ul', 'ol', 'li', 'hr', 'br', 'strong', 'em', 'a', 'figure', 'figcaption', 'img', 'iframe', 'div', 'span'],
  allowedAttributes: {
    a: ['href', 'rel'],
    img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
    iframe: ['src', 'title', 'allow', 'allowfullscreen', 'loading', 'referrerpolicy', 'width', 'height'],
    figure: ['class'],
    div: ['class'],
    span: ['class'],
  },
  allowedClasses: {
    figure: ['body-figure', 'body-video'],
    div: ['video-frame'],
    span: ['credit'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'], iframe: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'srcset'],
  allowProtocolRelative: false,
  allowedIframeHostnames: [...EMBED_HOSTS],
  allowIframeRelativeUrls: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'svg', 'math', 'xmp', 'iframe'],
  parseStyleAttributes: false,
  enforceHtmlBoundary: false,
  // An embed whose src was refused is dropped whole rather than left as an empty frame.
  exclusiveFilter: (frame) => frame.tag === 'iframe' && !frame.attribs.src,
}

export function sanitizeBodyHtml(html: string): string {
  return sanitizeHtml(html, options)
}

export { isSafeHref } from './urls'
