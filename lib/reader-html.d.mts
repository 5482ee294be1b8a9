// Types for lib/reader-html.mjs (plain JavaScript, as Next's cache handler loads it untranspiled).
export function pagePath(key: string): string
export function isReaderPage(key: string, value: { kind?: string; status?: number; postponed?: unknown; html?: unknown } | null | undefined): boolean
export const NO_SCRIPTS_POLICY: string
export function withoutScripts(html: string): string
export function isErrorShell(html: unknown): boolean
