import { NextResponse } from 'next/server'
import { expireTags } from '@/lib/cache'
import { publishDueArticles } from '@/lib/data/article-editing'
import { env } from '@/lib/env'
import { isInternalCall } from '@/lib/internal-secret'

// Called every 20 seconds by this server's own scheduler (instrumentation.ts), and once at
// start, so a piece whose time passed while the server was down goes live when it returns.
// Only a caller holding the key derived from NEXTAUTH_SECRET may trigger it.
export async function POST(request: Request) {
  if (!isInternalCall(request.headers.get('authorization'), env.NEXTAUTH_SECRET)) return new NextResponse('Forbidden', { status: 403 })
  const { published, invalidate } = await publishDueArticles()
  expireTags(invalidate)
  if (published.length) console.log(`[scheduler] published ${published.length} scheduled article(s): ${published.join(', ')}`)
  return NextResponse.json({ published }, { headers: { 'Cache-Control': 'private, no-store' } })
}
