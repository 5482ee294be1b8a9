import { draftMode } from 'next/headers'
import { NextResponse } from 'next/server'

/** Leaves draft mode and returns to the editor (or the dashboard). */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const id = url.searchParams.get('id') ?? ''
  ;(await draftMode()).disable()
  const back = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? `/admin/articles/${id}` : '/admin'
  return NextResponse.redirect(new URL(back, url), { status: 303, headers: { 'Cache-Control': 'private, no-store' } })
}
