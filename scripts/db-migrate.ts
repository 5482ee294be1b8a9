// npm run db:migrate — create and apply a migration during development (prisma migrate dev),
// against the embedded database unless DATABASE_URL is set. Extra arguments go to Prisma,
// e.g. npm run db:migrate -- --name add-something.
import { ensureDevDatabase, runWith } from './lib/database'
import { bin, migrate } from './lib/app'

async function main() {
  const db = await ensureDevDatabase()
  try {
    // On a fresh database `migrate dev` applies and then stumbles once; deploy first.
    await migrate(db.url)
    process.exitCode = await runWith(db.url, bin('prisma'), ['migrate', 'dev', ...process.argv.slice(2)])
  } finally {
    await db.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
