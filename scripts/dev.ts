// npm run dev — next dev against the embedded (or given) database.
import { spawn } from 'node:child_process'
import { ensureDevDatabase, ROOT } from './lib/database'
import { appEnv, migrate, nextBin, seedIfEmpty } from './lib/app'

async function main() {
  const port = Number(process.env.PORT ?? 3000)
  const db = await ensureDevDatabase()
  await migrate(db.url)
  await seedIfEmpty(db.url)
  const child = spawn(process.execPath, [nextBin, 'dev', '-p', String(port)], { cwd: ROOT, stdio: 'inherit', env: appEnv(db.url, port) })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
  child.on('exit', async (code) => {
    await db.stop()
    process.exit(code ?? 0)
  })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
