import { randomUUID } from 'node:crypto'

// One id per server process, shared by the app and instrumentation module graphs through
// globalThis, so an instance can ignore its own cache-invalidation notices.
const g = globalThis as unknown as { broadsideInstanceId?: string }
export const instanceId: string = (g.broadsideInstanceId ??= randomUUID())
