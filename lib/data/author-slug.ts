import 'server-only'
// Internal to lib/data: a free slug for an author about to be made. It reads slugs and checks
// no one, so only the data functions that make authors use it, after checking who is asking.
import { db } from '@/lib/db'
import { FieldError } from '@/lib/errors'

type SlugReader = { author: { findUnique(args: { where: { slug: string }; select: { id: true } }): Promise<{ id: string } | null> } }

/** `base`, or `base-2`, `base-3`… whichever no author has yet: for new guest bylines and a writer's own. */
export async function uniqueAuthorSlug(base: string, client: SlugReader = db) {
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base || 'author' : `${base || 'author'}-${n}`
    if (!(await client.author.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate
  }
  throw new FieldError('slug', 'Could not find a free slug; choose one by hand.')
}
