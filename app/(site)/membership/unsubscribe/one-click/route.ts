// /membership/unsubscribe/one-click?m=<member>&t=<signature> — the List-Unsubscribe target.
// POST unsubscribes: a mail client's RFC 8058 one-click POST (body "List-Unsubscribe=One-Click")
// gets 200; our own page's button gets a 303 to a page saying it is done. A GET changes nothing
// and shows the page with the button, because link scanners follow links.
import { unsubscribeByLink } from '@/lib/data/members'
import { plainPage, seeOther } from '@/lib/membership/http'

function linkOf(request: Request) {
  const url = new URL(request.url)
  return { m: (url.searchParams.get('m') ?? '').slice(0, 200), t: (url.searchParams.get('t') ?? '').slice(0, 200) }
}

const query = ({ m, t }: { m: string; t: string }) => `m=${encodeURIComponent(m)}&t=${encodeURIComponent(t)}`

export async function GET(request: Request) {
  return seeOther(`/membership/unsubscribe?${query(linkOf(request))}`)
}

export async function POST(request: Request) {
  const link = linkOf(request)
  const formData = await request.formData().catch(() => null)
  const oneClick = formData?.get('List-Unsubscribe') === 'One-Click'
  const ok = await unsubscribeByLink(link.m, link.t)
  if (oneClick) {
    return ok
      ? new Response('Unsubscribed.\n', { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
      : new Response('This unsubscribe link is not valid.\n', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  if (!ok) return plainPage(400, "This link isn't valid", ['We could not match this unsubscribe link to anyone. It may have been copied incompletely.'], [{ href: '/', label: 'Go to the front page' }])
  return seeOther(`/membership/unsubscribe/done?${query(link)}`)
}
