import { draftMode } from 'next/headers'
import { seeOther } from '@/lib/membership/http'

/** Leaves draft mode and returns to the editor (or the dashboard). */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const id = url.searchParams.get('id') ?? ''
  ;(await draftMode()).disable()
  const back = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? `/admin/articles/${id}` : '/admin'
  // Relative to this host (see ../route.ts).
  return seeOther(back)
}
