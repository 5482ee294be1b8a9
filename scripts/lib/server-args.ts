// Node's flags for the production server: `npm start`, the end-to-end servers and the bench.
//
// Left to itself, V8 sizes the heap from the machine's memory (about 4 GB here) and lets it grow
// under load long before it collects. With old space capped at SERVER_HEAP_MB (256 unless set)
// it collects sooner: on this 2-core machine the peak RSS of `next start` under load fell from
// 265–440 MB to 210–290 MB (`npm run bench` prints it), at a cost to 50 concurrent per-request
// renders smaller than the machine's noise. A server that needs more (a far larger site) sets
// SERVER_HEAP_MB; `0` leaves V8's own limit. The build is not capped.
//
// A cap this small also sets how far V8 lets the heap grow past what survived its last full
// collection: a factor of 1.3, the least it uses (it rises with the cap, to 4 at 2 GB or more).
// Each per-request page leaves a little in the old generation (a dashboard list about 0.4 MB),
// so at 1.3 a full collection came every twenty-five visits or so, and its marking, on the
// server's one core, made the visits around it two to four times as slow. HEAP_GROWING_PERCENT
// sets the factor to 1.5 within the same cap: full collections about half as often, for about
// 20 MB more at peak (the bench prints both; README, "Fast for readers"). From a cap of about
// 800 MB V8's own factor is already 1.5 or more, so a cap of 1 GB or more keeps V8's own.
const DEFAULT_MB = 256
const HEAP_GROWING_PERCENT = 50
const OWN_GROWTH_FROM_MB = 1024

export function serverNodeArgs(env: Record<string, string | undefined> = process.env): string[] {
  const given = env.SERVER_HEAP_MB?.trim()
  if (given === '0') return []
  const capped = (mb: number) => [`--max-old-space-size=${mb}`, ...(mb < OWN_GROWTH_FROM_MB ? [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`] : [])]
  if (!given) return capped(DEFAULT_MB)
  const mb = Number(given)
  if (Number.isInteger(mb) && mb >= 64) return capped(mb)
  console.warn(`SERVER_HEAP_MB=${given} is not a whole number of megabytes (64 or more, or 0 for no cap); using ${DEFAULT_MB}.`)
  return capped(DEFAULT_MB)
}
