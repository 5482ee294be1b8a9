import { draftMode } from 'next/headers'
import { NextResponse } from 'next/server'
import { getActor } from '@/lib/auth'
import { seeOther } from '@/lib/membership/http'

// Switches on draft mode for a signed-in staff member only, then shows the piece.
// The preview page re-checks that this person may see this article.
export async function GET(request: Request) {
  const url = new URL(request.url)
  const id = url.searchParams.get('id') ?? ''
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return new NextResponse('Unknown article', { status: 400, headers: { 'Cache-Control': 'private, no-store' } })
  const actor = await getActor()
  // Addresses relative to this host: `request.url` carries the host the server was started on
  // (0.0.0.0 under `npm start`), not the one the editor is using.
  if (!actor) return seeOther('/login')
  ;(await draftMode()).enable()
  return seeOther(`/preview/${id}`)
}
