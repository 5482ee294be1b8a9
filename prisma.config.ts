// Prisma CLI configuration. Prisma 6.19.3 runs its schema engine as WebAssembly
// through @prisma/adapter-pg, so `migrate` works with no engine download.
// The three workarounds below exist only for the CLI process, never in the app.
import { createRequire } from 'node:module'
import { randomUUID } from 'node:crypto'
import { defineConfig } from 'prisma/config'
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'

const require = createRequire(import.meta.url)

// Workaround 1: the WASM schema engine cannot deserialise catalog columns of
// type `name` (OID 19) or `"char"` (OID 18). Report them as `text` (OID 25);
// their text values are identical.
const PgResult = require('pg/lib/result.js') as {
  prototype: { addFields(fields: { dataTypeID: number }[]): void }
}
const addFields = PgResult.prototype.addFields
PgResult.prototype.addFields = function (fields) {
  for (const field of fields) {
    if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25
  }
  return addFields.call(this, fields)
}

// Workaround 2: the stock shadow database is dropped while its own pool is
// still connected. Create a uniquely named one and drop it WITH (FORCE) after
// its pool has closed.
//
// Workaround 3: the adapter runs a migration script by splitting it on every
// ";" and sending the pieces one by one, which breaks any function body (a
// trigger's PL/pgSQL) and any comment holding a semicolon, and leaves a failed
// migration half applied. Send the script whole instead, as Prisma's native
// engine does: PostgreSQL runs a multi-statement query in one transaction.
type ScriptRunner = { executeScript(script: string): Promise<void>; underlyingDriver(): pg.Pool; onError(error: unknown): never }

function runScriptsWhole<T extends object>(adapter: T): T {
  const runner = adapter as unknown as ScriptRunner
  runner.executeScript = async (script: string) => {
    try {
      await runner.underlyingDriver().query(script)
    } catch (error) {
      runner.onError(error)
    }
  }
  return adapter
}

class PrismaPgWithShadow extends PrismaPg {
  constructor(private readonly connectionString: string) {
    super({ connectionString })
  }

  override async connect() {
    return runScriptsWhole(await super.connect())
  }

  override async connectToShadowDb() {
    const admin = new pg.Client({ connectionString: this.connectionString })
    await admin.connect()
    const database = `prisma_shadow_${randomUUID().replaceAll('-', '')}`
    await admin.query(`CREATE DATABASE "${database}"`)
    const url = new URL(this.connectionString)
    url.pathname = `/${database}`
    const shadow = new PrismaPg({ connectionString: url.toString() })
    const adapter = runScriptsWhole(await shadow.connect())
    const dispose = adapter.dispose.bind(adapter)
    adapter.dispose = async () => {
      await dispose()
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
      await admin.end()
    }
    return adapter
  }
}

export default defineConfig({
  engine: 'js',
  experimental: { adapter: true },
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  async adapter() {
    const url = process.env.DATABASE_URL
    if (!url) throw new Error('DATABASE_URL is not set: run Prisma through the npm scripts, which start the database.')
    return new PrismaPgWithShadow(url)
  },
})
