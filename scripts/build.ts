// npm run build — a production build. Prerendering reads the database, so it starts one if needed.
import { ensureDevDatabase } from './lib/database'
import { appEnv, buildIfNeeded, migrate, seedIfEmpty } from './lib/app'

async function main() {
  const db = await ensureDevDatabase()
  try {
    await migrate(db.url)
    await seedIfEmpty(db.url)
    await buildIfNeeded(appEnv(db.url, Number(process.env.PORT ?? 3000)), { force: true })
  } finally {
    await db.stop()
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
