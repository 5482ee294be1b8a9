import 'server-only'
import { cacheLife, cacheTag } from 'next/cache'
import { db } from '@/lib/db'
import { cacheTags } from '@/lib/cache-tags'

/** The current slug of a published article that used to live at `oldSlug`, if any. */
export async function findArticleRedirect(oldSlug: string): Promise<string | null> {
  'use cache'
  cacheLife('published')
  cacheTag(cacheTags.redirects(), cacheTags.articleSlug(oldSlug))
  const redirect = await db.slugRedirect.findUnique({ where: { kind_oldSlug: { kind: 'article', oldSlug } }, select: { targetId: true } })
  if (!redirect) return null
  const article = await db.article.findFirst({ where: { id: redirect.targetId, status: 'PUBLISHED' }, select: { slug: true } })
  if (article) cacheTag(cacheTags.article(redirect.targetId))
  return article?.slug ?? null
}
