import { draftMode } from 'next/headers'
import { NextResponse } from 'next/server'
import { getActor } from '@/lib/auth'

// Switches on draft mode for a signed-in staff member only, then shows the piece.
// The preview page re-checks that this person may see this article.
export async function GET(request: Request) {
  const url = new URL(request.url)
  const id = url.searchParams.get('id') ?? ''
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return new NextResponse('Unknown article', { status: 400, headers: { 'Cache-Control': 'private, no-store' } })
  const actor = await getActor()
  if (!actor) return NextResponse.redirect(new URL('/login', url), { status: 303, headers: { 'Cache-Control': 'private, no-store' } })
  ;(await draftMode()).enable()
  return NextResponse.redirect(new URL(`/preview/${id}`, url), { status: 303, headers: { 'Cache-Control': 'private, no-store' } })
}
