// Listens for other instances' cache-invalidation notices (PostgreSQL LISTEN) and applies them
// here by calling this instance's internal revalidate endpoint: revalidateTag needs a request
// scope, which a database callback does not have. Started once per server from instrumentation.ts.
import pg from 'pg'
import { instanceId } from './instance'
import { internalSecret } from './internal-secret'

const CHANNEL = 'broadside_cache'

export function startCacheListener({ databaseUrl, port, sessionSecret }: { databaseUrl: string; port: number; sessionSecret?: string }) {
  const g = globalThis as unknown as { broadsideCacheListener?: boolean }
  if (g.broadsideCacheListener) return
  g.broadsideCacheListener = true
  const secret = internalSecret(sessionSecret)
  if (!secret) return
  const authorization = `Bearer ${secret}`

  const apply = async (tags: string[]) => {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/internal/revalidate`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ tags }),
      })
      if (!res.ok) console.error(`[cache] revalidate endpoint answered ${res.status}`)
    } catch (error) {
      console.error('[cache] could not apply a notice from another instance', error)
    }
  }

  const connect = async () => {
    const client = new pg.Client({ connectionString: databaseUrl })
    const retry = () => {
      client.removeAllListeners()
      client.end().catch(() => {})
      setTimeout(connect, 2_000).unref()
    }
    client.on('error', retry)
    client.on('notification', (message) => {
      try {
        const { from, tags } = JSON.parse(message.payload ?? '{}') as { from?: string; tags?: unknown }
        if (from === instanceId || !Array.isArray(tags)) return
        void apply(tags.filter((t): t is string => typeof t === 'string').slice(0, 200))
      } catch {
        // not ours
      }
    })
    try {
      await client.connect()
      await client.query(`LISTEN ${CHANNEL}`)
    } catch {
      retry()
    }
  }
  void connect()
}
