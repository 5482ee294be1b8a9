import 'server-only'
import { revalidateTag } from 'next/cache'
import { broadcastExpiredTags } from '@/lib/data/cache-bus'

/**
 * Expires cached reads at once, here and on every other instance, so a published piece is
 * live everywhere within a second. The broadcast is best effort: a failure is logged, not thrown,
 * because this instance's change has already been saved.
 */
export function expireTags(tags: Iterable<string>) {
  const unique = [...new Set(tags)]
  for (const tag of unique) revalidateTag(tag, { expire: 0 })
  broadcastExpiredTags(unique).catch((error) => console.error('[cache] could not notify other instances', error))
}

/** Expires tags on this instance only: for notices that came from another instance. */
export function expireTagsLocally(tags: Iterable<string>) {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 })
}
