import { expireTagsLocally } from '@/lib/cache'
import { env } from '@/lib/env'
import { isInternalCall } from '@/lib/internal-secret'

// Applies another instance's cache-invalidation notice here (see lib/cache-listener.ts).
export async function POST(request: Request) {
  if (!isInternalCall(request.headers.get('authorization'), env.NEXTAUTH_SECRET)) return new Response('Forbidden', { status: 403 })
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = Array.isArray(body?.tags) ? body.tags.filter((t): t is string => typeof t === 'string' && t.length <= 256).slice(0, 200) : []
  expireTagsLocally(tags)
  return Response.json({ expired: tags.length })
}
