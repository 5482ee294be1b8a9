import { describe, expect, it } from 'vitest'
import { isErrorShell, isReaderPage, pagePath, withoutScripts } from './reader-html.mjs'

// Shaped like the head and tail of a page as Next 16 writes it.
const page = [
  '<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/1q.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/2_x.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>',
  '<link rel="preload" as="image" href="/media/seed/a.jpg" fetchPriority="high"/>',
  '<script src="/_next/static/chunks/3a5.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz.js" noModule=""></script>',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rent \\u003cstrike\\u003e"}</script>',
  '</head><body><article><h1>Rent strike</h1><p>Tenants &lt;script&gt; wrote back.</p></article>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"2:I[\\"x\\",[]]\\n\\u003c/script\\u003e"])</script>',
  '</body></html>',
].join('')

describe('withoutScripts', () => {
  const html = withoutScripts(page)
  it("removes Next's script elements, inline and external, and the links that fetch scripts ahead", () => {
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
    expect(html).not.toContain('__next_f')
    expect(html).not.toContain('2_x.js')
    expect(html).not.toContain('m.js')
  })
  it('keeps everything a reader or a search engine reads: markup, styles, image preloads and JSON-LD', () => {
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/1q.css" data-precedence="next"/>')
    expect(html).toContain('<link rel="preload" as="image" href="/media/seed/a.jpg" fetchPriority="high"/>')
    expect(html).toContain('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rent \\u003cstrike\\u003e"}</script>')
    expect(html).toContain('<article><h1>Rent strike</h1><p>Tenants &lt;script&gt; wrote back.</p></article>')
    expect(html.endsWith('</body></html>')).toBe(true)
  })
  it('takes out scripts whatever their case, and leaves elements that only begin with "script" alone', () => {
    expect(withoutScripts('<p>a</p><SCRIPT>x()</SCRIPT ><script-note>kept</script-note>')).toBe('<p>a</p><script-note>kept</script-note>')
  })
  it('leaves a page with no scripts as it was', () => {
    expect(withoutScripts(html)).toBe(html)
  })
})

describe('isReaderPage', () => {
  const at = (path: string) => `/route-cache/5085afe2/$${path}`
  const complete = { kind: 'APP_PAGE', status: 200, html: page }
  it('is true for the cached public pages, and for any 404', () => {
    for (const path of ['/', '/index', '/article/rent-strike', '/tag/housing', '/tag/housing/page/3', '/author/maya', '/section/news', '/search/shell', '/privacy', '/_not-found'])
      expect(isReaderPage(at(path), complete), path).toBe(true)
    expect(isReaderPage(at('/anything/else'), { ...complete, status: 404 })).toBe(true)
  })
  it('is false for pages that keep their scripts: the dashboard, sign-in, membership forms and anything unlisted', () => {
    for (const path of ['/admin', '/admin/articles/x', '/login', '/set-password', '/join', '/newsletter', '/membership', '/preview/x', '/search', '/_global-error', '/articles'])
      expect(isReaderPage(at(path), complete), path).toBe(false)
  })
  it('is false for a shell Next finishes per request, and for anything but a page', () => {
    expect(isReaderPage(at('/article/rent-strike'), { ...complete, postponed: 'state' })).toBe(false)
    expect(isReaderPage(at('/feed.xml'), { kind: 'APP_ROUTE', status: 200 })).toBe(false)
    expect(isReaderPage(at('/article/rent-strike'), { ...complete, html: Buffer.from(page) })).toBe(false)
    expect(isReaderPage(at('/article/rent-strike'), null)).toBe(false)
  })
  it('reads the path from the key', () => {
    expect(pagePath('/route-cache/ab12/$/tag/housing')).toBe('/tag/housing')
  })
})

describe('isErrorShell', () => {
  it("recognises the empty shell of a notFound() page, and nothing else", () => {
    expect(isErrorShell('<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>')).toBe(true)
    expect(isErrorShell(page)).toBe(false)
    expect(isErrorShell(undefined)).toBe(false)
  })
})
