import { describe, expect, it } from 'vitest'
import type { BlockNode, Doc } from './document'
import { normalizeDoc } from './normalize'
import { renderDocToHtml } from './render'
import { htmlDangers } from './html-dangers'
import { sanitizeBodyHtml } from './sanitize'

// Known XSS payloads (OWASP filter-evasion cheat sheet, PortSwigger's XSS cheat sheet, html5sec.org).
const payloads: string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">mixed case</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">entities</a>',
  '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">hex entities</a>',
  '<a href="jav&#x09;ascript:alert(1)">tab inside</a>',
  '<a href=" &#14;  javascript:alert(1)">leading junk</a>',
  '<a href="java\nscript:alert(1)">newline inside</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data url</a>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example/"></iframe>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<iframe src="https://www.youtube-nocookie.com/embed/x" srcdoc="<script>alert(1)</script>" onload="alert(1)"></iframe>',
  '<div style="width: expression(alert(1))">css expression</div>',
  '<p style="background:url(javascript:alert(1))">css url</p>',
  '<style>@import "https://evil.example/x.css";</style>',
  '<form><button formaction="javascript:alert(1)">go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<a href="/ok" onclick="alert(1)" onmouseover="alert(1)">handler on a safe link</a>',
  '<input autofocus onfocus=alert(1)>',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '"><script>alert(1)</script>',
  '\'-alert(1)-\'',
  '<img src="/media/x.jpg" srcset="javascript:alert(1) 1x">',
  '<a href="//evil.example/">protocol relative</a>',
  '<a href="vbscript:msgbox(1)">vbscript</a>',
  '<template><script>alert(1)</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
]

const dangers = htmlDangers

/** Puts a payload in every place a document carries writer-supplied strings. */
function docsCarrying(payload: string): { where: string; doc: unknown }[] {
  const figure = (attrs: Record<string, unknown>) => ({
    type: 'figure',
    attrs: { mediaId: null, src: '/media/ab/cd.jpg', alt: 'a', caption: 'c', credit: 'p', source: 's', licenceName: 'CC BY 4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/', width: 10, height: 10, ...attrs },
  })
  return [
    { where: 'text', doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: payload }] }] } },
    { where: 'heading text', doc: { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: payload }] }] } },
    {
      where: 'link href',
      doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: payload } }] }] }] },
    },
    {
      where: 'link href as javascript:',
      doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: `javascript:${payload}` } }] }] }] },
    },
    { where: 'figure src', doc: { type: 'doc', content: [figure({ src: payload })] } },
    { where: 'figure src under /media/', doc: { type: 'doc', content: [figure({ src: `/media/${payload}` })] } },
    { where: 'figure alt', doc: { type: 'doc', content: [figure({ alt: payload })] } },
    { where: 'figure caption', doc: { type: 'doc', content: [figure({ caption: payload })] } },
    { where: 'figure credit', doc: { type: 'doc', content: [figure({ credit: payload, source: payload })] } },
    { where: 'figure licence', doc: { type: 'doc', content: [figure({ licenceName: payload, licenceUrl: `javascript:${payload}` })] } },
    { where: 'figure size', doc: { type: 'doc', content: [figure({ width: payload, height: `1" onload="${payload}` })] } },
    { where: 'video id', doc: { type: 'doc', content: [{ type: 'video', attrs: { provider: 'youtube', videoId: payload } }] } },
    { where: 'video title', doc: { type: 'doc', content: [{ type: 'video', attrs: { provider: 'youtube', videoId: 'dQw4w9WgXcQ', title: payload } }] } },
    { where: 'video provider', doc: { type: 'doc', content: [{ type: 'video', attrs: { provider: payload, videoId: 'dQw4w9WgXcQ' } }] } },
    { where: 'unknown node', doc: { type: 'doc', content: [{ type: 'html', attrs: { html: payload } }, { type: 'paragraph', content: [{ type: 'rawHtml', text: payload }] }] } },
  ]
}

describe('the body sanitiser', () => {
  it(`is tested against at least 20 payloads (${payloads.length})`, () => {
    expect(payloads.length).toBeGreaterThanOrEqual(20)
  })

  for (const payload of payloads) {
    it(`neutralises raw HTML: ${payload}`, () => {
      expect(dangers(payload).length, 'the payload is dangerous before sanitising').toBeGreaterThanOrEqual(payload.startsWith("'") ? 0 : 1)
      const clean = sanitizeBodyHtml(payload)
      expect(dangers(clean), clean).toEqual([])
      // Sanitising is stable: a second pass changes nothing.
      expect(sanitizeBodyHtml(clean)).toBe(clean)
    })

    it(`neutralises it everywhere a document carries text: ${payload}`, () => {
      for (const { where, doc } of docsCarrying(payload)) {
        for (const html of [renderDocToHtml(doc as Doc), renderDocToHtml(normalizeDoc(doc))]) {
          expect(dangers(html), `${where}: ${html}`).toEqual([])
          expect(html, where).not.toMatch(/<script|<svg|<style|<meta|<object|<embed|<base|<link|<form|<input|<math|<template/i)
        }
      }
    })
  }

  it('keeps what a writer legitimately wrote', () => {
    const doc: Doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Sub-heading' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'A link', marks: [{ type: 'link', attrs: { href: 'https://example.org/a?b=1&c=2' } }] }] },
        {
          type: 'figure',
          attrs: { mediaId: 'm1', src: '/media/ab/cd.jpg', alt: 'Strikers', caption: 'The picket', credit: 'A. Photographer', source: 'Flickr', licenceName: 'CC BY 2.0', licenceUrl: 'https://creativecommons.org/licenses/by/2.0/', width: 1200, height: 800 },
        },
        { type: 'video', attrs: { provider: 'youtube', videoId: 'dQw4w9WgXcQ' } },
        { type: 'video', attrs: { provider: 'vimeo', videoId: '76979871' } },
      ] as BlockNode[],
    }
    const html = renderDocToHtml(doc)
    expect(html).toContain('<h2>Sub-heading</h2>')
    expect(html).toContain('href="https://example.org/a?b=1&amp;c=2"')
    expect(html).toContain('<img src="/media/ab/cd.jpg"')
    expect(html).toContain('alt="Strikers"')
    expect(html).toContain('Photo: A. Photographer / Flickr / <a href="https://creativecommons.org/licenses/by/2.0/" rel="license noopener">CC BY 2.0</a>')
    expect(html).toContain('src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"')
    expect(html).toContain('src="https://player.vimeo.com/video/76979871?dnt=1"')
    expect(dangers(html)).toEqual([])
    expect(renderDocToHtml(normalizeDoc(JSON.parse(JSON.stringify(doc))))).toBe(html)
  })
})
