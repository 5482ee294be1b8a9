// Next gives every 'use cache' function a server reference id, and a POST carrying that id runs
// it with whatever arguments the request holds. These functions read only published data (but
// for the two of lib/data/staff-read-key.ts), and each checks its own arguments with these before it
// touches the database, so nobody can ask for a million rows, a negative page or a megabyte of
// search text.

/**
 * A string of at most `max` characters, or null. Also null with a NUL character in it, which
 * PostgreSQL text cannot hold: asked for, it fails the query (an address like /tag/%00 was a 500).
 */
export function textArg(value: unknown, max = 200): string | null {
  return typeof value === 'string' && value.length <= max && !value.includes('\u0000') ? value : null
}

/** A whole number from `min` to `max`, or null. */
export function wholeNumberArg(value: unknown, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : null
}

/** Up to `max` strings of at most 200 characters each; anything else becomes an empty list. */
export function textListArg(value: unknown, max: number): string[] {
  if (!Array.isArray(value)) return []
  return value.filter((v): v is string => textArg(v) !== null).slice(0, max)
}

