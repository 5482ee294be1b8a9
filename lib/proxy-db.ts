// The proxy's own small pool of PostgreSQL connections. proxy.ts runs outside the app's module
// graph and cannot import lib/data ('server-only'), so the few questions it asks before a page
// renders (does this link lead anywhere? is this session still open?) go through here, each
// only whether a row exists.
import pg from 'pg'

let pool: pg.Pool | undefined
function database(url: string) {
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 2, idleTimeoutMillis: 10_000, connectionTimeoutMillis: 5_000, query_timeout: 5_000 })
    // An idle connection the server drops (a restart, an outage) must not take the process with it.
    pool.on('error', () => {})
  }
  return pool
}

/** Whether the query finds a row; null when it could not be asked. */
export async function rowExists(url: string, sql: string, ...values: unknown[]): Promise<boolean | null> {
  try {
    const { rowCount } = await database(url).query(sql, values)
    return (rowCount ?? 0) > 0
  } catch {
    return null
  }
}
