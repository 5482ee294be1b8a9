import 'server-only'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { env } from '@/lib/env'

// The one Prisma client. Only lib/data imports it.
// Password hashes are omitted from every query unless a caller asks for them by name.
function createClient() {
  // Idle connections are kept five minutes, not pg's ten seconds: opening one (TCP and a SCRAM
  // handshake) costs a reader after a quiet spell more than most of the queries they wait for.
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: 10, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 300_000 })
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } })
}

const globalForDb = globalThis as unknown as { broadsideDb?: ReturnType<typeof createClient> }

export const db = globalForDb.broadsideDb ?? createClient()
if (!env.isProduction) globalForDb.broadsideDb = db
