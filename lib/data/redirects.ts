import 'server-only'
import { cacheLife, cacheTag } from 'next/cache'
import { db } from '@/lib/db'
import { cacheTags } from '@/lib/cache-tags'
import { textArg } from './cached-args'

/** The current slug of a published article that used to live at `oldSlug`, if any. */
export async function findArticleRedirect(oldSlug: string): Promise<string | null> {
  'use cache'
  cacheLife('published')
  if (textArg(oldSlug) === null) return null
  cacheTag(cacheTags.redirects(), cacheTags.articleSlug(oldSlug))
  const redirect = await db.slugRedirect.findUnique({ where: { kind_oldSlug: { kind: 'article', oldSlug } }, select: { targetId: true } })
  if (!redirect) return null
  // Tagged with the piece whether or not it is live now: unpublished, the old address is a 404
  // until the piece is published again, and that must expire this answer at once.
  cacheTag(cacheTags.article(redirect.targetId))
  const article = await db.article.findFirst({ where: { id: redirect.targetId, status: 'PUBLISHED' }, select: { slug: true } })
  return article?.slug ?? null
}

async function findTermRedirect(kind: 'tag' | 'section' | 'author', oldSlug: string): Promise<string | null> {
  if (textArg(oldSlug) === null) return null
  const redirect = await db.slugRedirect.findUnique({ where: { kind_oldSlug: { kind, oldSlug } }, select: { targetId: true } })
  if (!redirect) return null
  const where = { where: { id: redirect.targetId }, select: { slug: true } }
  const row =
    kind === 'tag' ? await db.tag.findUnique(where) : kind === 'section' ? await db.section.findUnique(where) : await db.author.findUnique(where)
  if (row) cacheTag(kind === 'tag' ? cacheTags.tag(redirect.targetId) : kind === 'section' ? cacheTags.section(redirect.targetId) : cacheTags.author(redirect.targetId))
  return row && row.slug !== oldSlug ? row.slug : null
}

/** The current slug of a tag renamed or merged away from `oldSlug`, if any: answer with a permanent redirect to /tag/<slug>. */
export async function findTagRedirect(oldSlug: string): Promise<string | null> {
  'use cache'
  cacheLife('max')
  cacheTag(cacheTags.redirects())
  return findTermRedirect('tag', oldSlug)
}

/** The current slug of a section renamed away from `oldSlug`, if any. */
export async function findSectionRedirect(oldSlug: string): Promise<string | null> {
  'use cache'
  cacheLife('max')
  cacheTag(cacheTags.redirects())
  return findTermRedirect('section', oldSlug)
}

/** The current slug of an author renamed away from `oldSlug`, if any. */
export async function findAuthorRedirect(oldSlug: string): Promise<string | null> {
  'use cache'
  cacheLife('max')
  cacheTag(cacheTags.redirects())
  return findTermRedirect('author', oldSlug)
}
