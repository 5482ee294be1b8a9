import 'server-only'
// Membership tiers: the cached list the join page shows, and the administrators' edits.
import { cacheLife, cacheTag } from 'next/cache'
import { db } from '@/lib/db'
import { likeText } from '@/lib/data/like'
import { requireActor } from '@/lib/auth'
import { cacheTags } from '@/lib/cache-tags'
import { FieldError, ForbiddenError, NotFoundError } from '@/lib/errors'
import { canManageMembers } from '@/lib/permissions'
import { slugify } from '@/lib/slug'
import { recordAudit } from './audit'
import type { TierInput } from '@/lib/validation/member'

export type PublicTier = {
  id: string
  name: string
  description: string
  monthlyPence: number
  payWhatYouCan: boolean
  minimumPence: number
  recommended: boolean
}

const publicSelect = { id: true, name: true, description: true, monthlyPence: true, payWhatYouCan: true, minimumPence: true, recommended: true } as const

/** The tiers on offer, in the administrators' order. */
export async function listActiveTiers(): Promise<PublicTier[]> {
  'use cache'
  cacheLife('published')
  cacheTag(cacheTags.tiers())
  return db.membershipTier.findMany({ where: { active: true }, orderBy: [{ position: 'asc' }, { name: 'asc' }], select: publicSelect })
}

async function requireTierManager() {
  const actor = await requireActor()
  if (!canManageMembers(actor)) throw new ForbiddenError('Only administrators can change membership tiers.')
  return actor
}

export async function listTiersForAdmin() {
  await requireTierManager()
  const tiers = await db.membershipTier.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: { ...publicSelect, slug: true, position: true, active: true, _count: { select: { members: true } } },
  })
  return tiers.map(({ _count, ...t }) => ({ ...t, memberCount: _count.members }))
}

/** Creates (no id) or updates a tier; returns the cache tags to expire. */
export async function saveTier(id: string | null, input: TierInput): Promise<{ id: string; invalidate: string[] }> {
  const actor = await requireTierManager()
  const slug = slugify(input.name) || 'tier'
  const clash = await db.membershipTier.findFirst({
    where: { OR: [{ name: { equals: likeText(input.name), mode: 'insensitive' } }, { slug }], NOT: id ? { id } : undefined },
    select: { id: true },
  })
  if (clash) throw new FieldError('name', 'Another tier already has this name.')
  if (id && !(await db.membershipTier.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError('That tier no longer exists.')

  const data = {
    name: input.name,
    slug,
    description: input.description,
    monthlyPence: input.monthlyPence,
    payWhatYouCan: input.payWhatYouCan,
    minimumPence: input.payWhatYouCan ? input.minimumPence : 0,
    recommended: input.recommended,
    position: input.position,
    active: input.active,
  }
  const saved = await db.$transaction(async (tx) => {
    // One tier is marked recommended on the join page.
    if (input.recommended) await tx.membershipTier.updateMany({ where: { recommended: true, NOT: id ? { id } : undefined }, data: { recommended: false } })
    const row = id
      ? await tx.membershipTier.update({ where: { id }, data, select: { id: true } })
      : await tx.membershipTier.create({ data, select: { id: true } })
    await recordAudit(actor, 'tier.update', row.id, { ...data, created: !id }, '', tx)
    return row
  })
  return { id: saved.id, invalidate: [cacheTags.tiers()] }
}
