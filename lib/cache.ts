import 'server-only'
import { revalidateTag } from 'next/cache'

/** Expires cached reads at once, so the next request renders fresh: publishing is live immediately. */
export function expireTags(tags: Iterable<string>) {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 })
}
