import { requirePageAccess } from '@/lib/auth'
import { canManageTaxonomy } from '@/lib/permissions'
import type { Metadata } from 'next'
import { TermList, termKinds } from '@/components/admin/term-admin'
import { listTagsForAdmin } from '@/lib/data/taxonomy'
import { createTag } from './actions'

export const metadata: Metadata = { title: 'Tags' }

export default async function TagsPage({ searchParams }: PageProps<'/admin/tags'>) {
  await requirePageAccess(canManageTaxonomy)
  const { q } = await searchParams
  const query = typeof q === 'string' ? q : ''
  const tags = await listTagsForAdmin(query)
  const rows = tags.map((t) => ({ id: t.id, name: t.name, slug: t.slug, articles: t._count.articles }))
  return <TermList kind={termKinds.tag} rows={rows} query={query} create={createTag} />
}
