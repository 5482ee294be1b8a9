// Types for lib/hit-cache.mjs (plain JavaScript: server.mjs and Next's cache handler load it untranspiled).
import type { IncomingMessage, ServerResponse } from 'node:http'

export const HIT_CACHE: unique symbol
export function requestKey(req: { method?: string; url?: string; rawHeaders: string[] }, forCapture: boolean): string | null
export function acceptsGzip(header: string | undefined): boolean
export class HitCache {
  constructor(options?: { maxBytes?: number; compress?: boolean; now?: () => number })
  /** The most the kept pages may cost, bodies and bookkeeping. */
  maxBytes: number
  readonly bytes: number
  readonly epoch: number
  serve(req: IncomingMessage, res: ServerResponse): boolean
  capture<T>(req: IncomingMessage, res: ServerResponse, handle: () => T): T
  noteEntry(entry: { lastModified?: number; value?: { kind?: string; headers?: Record<string, unknown>; html?: unknown; body?: unknown } | null } | null | undefined): void
  noteAnswer(body: string, tags: string[]): void
  tagsOf(key: string): string[] | null
  expireTags(tags: string | string[]): void
  clear(): void
}
export function installedHitCache(): HitCache | undefined
