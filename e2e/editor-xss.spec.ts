import { expect, test } from '@playwright/test'
import { htmlDangers } from '../lib/content/html-dangers'
import { query } from './support/db'
import { signIn, staff, unique } from './support/staff'

// A body full of known payloads, posted as the editor's own JSON through its save action.
const hostileDoc = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'click me', marks: [{ type: 'link', attrs: { href: 'javascript:window.__xss=3' } }] }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'encoded', marks: [{ type: 'link', attrs: { href: 'jav&#x09;ascript:window.__xss=4' } }] }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'tabbed', marks: [{ type: 'link', attrs: { href: 'java\tscript:window.__xss=5' } }] }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'data', marks: [{ type: 'link', attrs: { href: 'data:text/html,<script>window.__xss=6</script>' } }] }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'safe link', marks: [{ type: 'link', attrs: { href: 'https://example.org/ok" onmouseover="window.__xss=7' } }] }] },
    {
      type: 'figure',
      attrs: { src: 'javascript:window.__xss=8', alt: 'x', caption: '', credit: '', source: '', licenceName: '', licenceUrl: '', width: 10, height: 10, mediaId: null },
    },
    {
      type: 'figure',
      attrs: {
        src: '/media/seed/x.jpg',
        alt: '" onerror="window.__xss=9',
        caption: '<svg onload="window.__xss=10">',
        credit: '<iframe src="https://evil.example/"></iframe>',
        source: '<a href="javascript:window.__xss=11">s</a>',
        licenceName: 'CC BY 4.0',
        licenceUrl: 'javascript:window.__xss=12',
        width: '1" onload="window.__xss=13',
        height: 10,
        mediaId: null,
      },
    },
    { type: 'video', attrs: { provider: 'youtube', videoId: '"><script>window.__xss=14</script>' } },
    { type: 'video', attrs: { provider: 'evil', videoId: 'abcdefghijk' } },
    { type: 'html', attrs: { html: '<iframe srcdoc="<script>parent.__xss=15</script>"></iframe>' } },
    { type: 'paragraph', content: [{ type: 'rawHtml', text: '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=16">' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'The honest paragraph survives.' }] },
  ],
}

test('nothing a writer sends in the body can run script in a reader’s browser', async ({ page, browser }) => {
  const headline = `Sanitiser check ${unique()}`
  await signIn(page, staff.editor)
  await page.goto('/admin/articles/new')
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill(headline)
  // Swap the editor's JSON for the hostile document just as the form is sent, as a tampering client would.
  await page.evaluate((doc) => {
    const form = document.querySelector<HTMLFormElement>('form[aria-label="Article"]')!
    const input = form.querySelector<HTMLInputElement>('input[name="bodyJson"]')!
    input.value = JSON.stringify(doc)
    form.requestSubmit()
  }, hostileDoc)
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Draft created' })).toBeVisible()
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Published' })).toBeVisible()

  const [stored] = await query<{ slug: string; bodyHtml: string; bodyJson: unknown }>(`SELECT slug, "bodyHtml", "bodyJson" FROM "Article" WHERE headline = $1`, [headline])
  // The stored HTML, parsed as a browser would: only allowed tags, no handlers, no script URLs, no foreign frames.
  expect(htmlDangers(stored!.bodyHtml)).toEqual([])
  expect(stored!.bodyHtml).toContain('&lt;script&gt;')
  // The stored document keeps only known nodes, and no URL in it is a script URL.
  const urls: string[] = []
  const types = new Set<string>()
  const walk = (node: { type?: string; attrs?: { src?: string; href?: string; licenceUrl?: string }; marks?: { attrs?: { href?: string } }[]; content?: unknown[] }) => {
    if (node.type) types.add(node.type)
    for (const url of [node.attrs?.src, node.attrs?.href, node.attrs?.licenceUrl, ...(node.marks ?? []).map((m) => m.attrs?.href)]) if (url) urls.push(url)
    for (const child of node.content ?? []) walk(child as typeof node)
  }
  walk(stored!.bodyJson as Parameters<typeof walk>[0])
  expect([...types].sort()).toEqual(['doc', 'figure', 'paragraph', 'text'])
  expect(urls.filter((u) => !/^(https:\/\/|\/media\/)/.test(u))).toEqual([])

  const reader = await browser.newPage()
  const dialogs: string[] = []
  reader.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  expect((await reader.goto(`/article/${stored!.slug}`))?.status()).toBe(200)
  const body = reader.locator('.article-body')
  await expect(body).toContainText('The honest paragraph survives.')
  await expect(body).toContainText('<script>window.__xss = 1</script>')
  const findings = await reader.evaluate(() => {
    const article = document.querySelector('article')!
    const all = [...document.querySelectorAll('*')]
    return {
      scriptsInArticle: article.querySelectorAll('script, svg, meta, object, embed, style').length,
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`)),
      scriptUrls: all.flatMap((el) =>
        ['href', 'src', 'action', 'formaction', 'srcdoc'].flatMap((name) => {
          const v = el.getAttribute(name)
          return v && (name === 'srcdoc' || /^\s*(javascript|data|vbscript):/i.test(v.replace(/[\u0000-\u0020]/g, ''))) ? [`${el.tagName}[${name}=${v}]`] : []
        }),
      ),
      foreignFrames: [...document.querySelectorAll('iframe')].map((f) => new URL(f.src, location.href).hostname).filter((h) => !['www.youtube-nocookie.com', 'player.vimeo.com'].includes(h)),
      xss: (window as unknown as { __xss?: number }).__xss ?? null,
    }
  })
  expect(findings).toEqual({ scriptsInArticle: 0, handlers: [], scriptUrls: [], foreignFrames: [], xss: null })
  expect(dialogs).toEqual([])
  await reader.close()
})
