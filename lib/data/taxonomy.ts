import 'server-only'
// Sections, tags and authors: public reads for navigation and pages, and the option lists the article form needs.
import { cacheLife, cacheTag } from 'next/cache'
import { db } from '@/lib/db'
import { cacheTags } from '@/lib/cache-tags'
import { requireActor } from '@/lib/auth'

export type SectionLink = { id: string; name: string; slug: string }

export async function listSections(): Promise<SectionLink[]> {
  'use cache'
  cacheLife('published')
  cacheTag(cacheTags.sections())
  return db.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true, slug: true } })
}

/** What the article form offers: sections, bylines and images to choose from. */
export async function getArticleFormOptions() {
  await requireActor()
  const [sections, authors, media] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true } }),
    db.author.findMany({ orderBy: { name: 'asc' }, take: 500, select: { id: true, name: true, userId: true } }),
    db.media.findMany({
      orderBy: { createdAt: 'desc' },
      take: 100,
      select: { id: true, originalName: true, altText: true, credit: true },
    }),
  ])
  return { sections, authors, media }
}
