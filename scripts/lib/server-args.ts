// Node's flags for the production server: `npm start`, the end-to-end servers and the bench.
//
// Left to itself, V8 sizes the heap from the machine's memory (about 4 GB here) and lets it grow
// under load long before it collects. With old space capped at SERVER_HEAP_MB (256 unless set)
// it collects sooner: on this 2-core machine the peak RSS of `next start` under load fell from
// 265–400 MB to 225–270 MB at the same throughput (`npm run bench` prints it). A server that
// does need more (a far larger site) sets SERVER_HEAP_MB; the build is not capped.
export function serverNodeArgs(env: Record<string, string | undefined> = process.env): string[] {
  const mb = Number(env.SERVER_HEAP_MB ?? 256)
  return Number.isInteger(mb) && mb >= 64 ? [`--max-old-space-size=${mb}`] : []
}
