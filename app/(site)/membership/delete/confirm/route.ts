// POST /membership/delete/confirm?m=&t= — erases a member at their own request (signed link).
import { eraseByLink } from '@/lib/data/members'
import { plainPage, seeOther } from '@/lib/membership/http'

export async function POST(request: Request) {
  const url = new URL(request.url)
  const ok = await eraseByLink((url.searchParams.get('m') ?? '').slice(0, 200), (url.searchParams.get('t') ?? '').slice(0, 200))
  if (!ok) return plainPage(400, "This link isn't valid", ['We could not match this link to anyone, so nothing was deleted.'], [{ href: '/', label: 'Go to the front page' }])
  return seeOther('/membership/deleted')
}
