// Direct database access for tests: to check what a request did (or did not) change.
import pg from 'pg'

let pool: pg.Pool | undefined

export function testDb(): pg.Pool {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set: run the end-to-end tests through `npm test`.')
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 2 })
    // A test that stops the database must not crash the worker through an idle client.
    pool.on('error', () => {})
  }
  return pool
}

export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const result = await testDb().query<T>(sql, params)
  return result.rows
}
