// npm run db:seed — demo content into an empty database.
import { createSeedClient, seedDemoContent } from '../prisma/seed'
import { ensureDevDatabase } from './lib/database'

async function main() {
  const ownDb = process.env.DATABASE_URL ? null : await ensureDevDatabase()
  const db = createSeedClient(ownDb?.url)
  try {
    await seedDemoContent(db)
  } finally {
    await db.$disconnect()
    await ownDb?.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
