// Node's flags for the production server: `npm start`, the end-to-end servers and the bench.
//
// Left to itself, V8 sizes the heap from the machine's memory (about 4 GB here) and lets it grow
// under load long before it collects. With old space capped at SERVER_HEAP_MB (256 unless set)
// it collects sooner: on this 2-core machine the peak RSS of `next start` under load fell from
// 265–440 MB to 210–290 MB (`npm run bench` prints it), at a cost to 50 concurrent per-request
// renders smaller than the machine's noise. A server that needs more (a far larger site) sets
// SERVER_HEAP_MB; `0` leaves V8's own limit. The build is not capped.
const DEFAULT_MB = 256

export function serverNodeArgs(env: Record<string, string | undefined> = process.env): string[] {
  const given = env.SERVER_HEAP_MB?.trim()
  if (given === '0') return []
  if (!given) return [`--max-old-space-size=${DEFAULT_MB}`]
  const mb = Number(given)
  if (Number.isInteger(mb) && mb >= 64) return [`--max-old-space-size=${mb}`]
  console.warn(`SERVER_HEAP_MB=${given} is not a whole number of megabytes (64 or more, or 0 for no cap); using ${DEFAULT_MB}.`)
  return [`--max-old-space-size=${DEFAULT_MB}`]
}
