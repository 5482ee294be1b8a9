// The one rule for whether a staff session still opens the dashboard, asked by the proxy
// (through its own pool, lib/proxy-db.ts) and by getActor (lib/data/sessions.ts) on every
// dashboard request: the account is active, its sessionVersion is the one the cookie was
// issued at (a password or role change, or deactivation, moves it on), and the session was
// not signed out. One statement, so it costs one round trip wherever it is asked.

/** $1 the user's id, $2 the cookie's sessionVersion, $3 the session's own id. A row when the session is open. */
export const OPEN_SESSION_SQL = `SELECT u.id, u.email, u.name, u.role::text AS role FROM "User" u
  WHERE u.id = $1 AND u.active AND u."sessionVersion" = $2
    AND NOT EXISTS (SELECT 1 FROM "EndedSession" e WHERE e.id = $3)`
