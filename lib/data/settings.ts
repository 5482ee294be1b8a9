import 'server-only'
import { cacheLife, cacheTag } from 'next/cache'
import { db } from '@/lib/db'
import { cacheTags } from '@/lib/cache-tags'
import { requireActor } from '@/lib/auth'
import { ForbiddenError } from '@/lib/errors'
import { canManageSettings } from '@/lib/permissions'
import { DEFAULT_SITE_NAME } from '@/lib/site-name'
import type { SettingsInput } from '@/lib/validation/settings'
import { recordAudit } from './audit'

export type SiteSettingsDto = {
  siteName: string
  tagline: string
  beforeYouGoHeading: string
  beforeYouGoText: string
  beforeYouGoLinkText: string
  beforeYouGoLinkUrl: string
  duesText: string
  feedFullText: boolean
}

const defaults: SiteSettingsDto = {
  siteName: DEFAULT_SITE_NAME,
  tagline: 'News, analysis and opinion for the movement',
  beforeYouGoHeading: 'Before you go',
  beforeYouGoText:
    `${DEFAULT_SITE_NAME} is funded by its readers. Become a member and help us keep publishing independent journalism for everyone.`,
  beforeYouGoLinkText: 'Become a member',
  beforeYouGoLinkUrl: '/join',
  duesText: '',
  feedFullText: true,
}

export async function getSiteSettings(): Promise<SiteSettingsDto> {
  'use cache'
  cacheLife('published')
  cacheTag(cacheTags.settings())
  const row = await db.siteSettings.findUnique({ where: { id: 1 } })
  if (!row) return defaults
  const { id: _id, updatedAt: _u, ...settings } = row
  return settings
}

/** Administrators only; the change is audited and every page showing settings refreshes. */
export async function updateSiteSettings(input: SettingsInput) {
  const actor = await requireActor()
  if (!canManageSettings(actor)) throw new ForbiddenError('Only administrators can change site settings.')
  await db.siteSettings.upsert({ where: { id: 1 }, update: input, create: { id: 1, ...input } })
  await recordAudit(actor, 'settings.update', 'site settings', { fields: Object.keys(input) })
  return { invalidate: [cacheTags.settings()] }
}
