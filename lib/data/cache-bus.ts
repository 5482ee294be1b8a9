import 'server-only'
// Tells every other server instance which cache tags to expire, through PostgreSQL NOTIFY.
// lib/cache-listener.ts receives it on each instance.
import { db } from '@/lib/db'
import { instanceId } from '@/lib/instance'

export const CACHE_CHANNEL = 'broadside_cache'

export async function broadcastExpiredTags(tags: string[]) {
  if (!tags.length) return
  // NOTIFY payloads are limited to 8000 bytes: send long lists in parts.
  for (let i = 0; i < tags.length; i += 40) {
    const payload = JSON.stringify({ from: instanceId, tags: tags.slice(i, i + 40) })
    await db.$executeRaw`SELECT pg_notify(${CACHE_CHANNEL}, ${payload})`
  }
}
