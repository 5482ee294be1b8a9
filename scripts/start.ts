// npm start — the zero-setup path: database (embedded unless DATABASE_URL is set),
// migrations, demo content on an empty database, a production build if needed, then `next start`.
import { ensureDevDatabase } from './lib/database'
import { appEnv, buildIfNeeded, migrate, seedIfEmpty, startServer, step } from './lib/app'

async function main() {
  const port = Number(process.env.PORT ?? 3000)
  step(process.env.DATABASE_URL ? 'Using the PostgreSQL in DATABASE_URL' : 'Starting the embedded PostgreSQL')
  const db = await ensureDevDatabase()
  let stopping = false
  const shutdown = async (code: number) => {
    if (stopping) return
    stopping = true
    await db.stop().catch((e) => console.error(e))
    process.exit(code)
  }
  try {
    step('Applying migrations')
    await migrate(db.url)
    step('Checking for demo content')
    await seedIfEmpty(db.url)
    const env = appEnv(db.url, port)
    await buildIfNeeded(env)
    step(`Serving ${env.SITE_URL}`)
    const server = startServer(env, port)
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
    server.on('exit', (code) => void shutdown(code ?? 0))
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    await shutdown(1)
  }
}

void main()
