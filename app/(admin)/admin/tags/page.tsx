import { requirePageAccess } from '@/lib/auth'
import { canManageTaxonomy } from '@/lib/permissions'
import type { Metadata } from 'next'
import { TermList, termKinds } from '@/components/admin/term-admin'
import { listTagsForAdmin } from '@/lib/data/taxonomy'
import { parsePageParam } from '@/lib/pagination'
import { createTag } from './actions'

export const metadata: Metadata = { title: 'Tags' }

export default async function TagsPage({ searchParams }: PageProps<'/admin/tags'>) {
  await requirePageAccess(canManageTaxonomy)
  const { q, page, notice } = await searchParams
  const query = typeof q === 'string' ? q : ''
  const list = await listTagsForAdmin({ q: query, page: parsePageParam(page) ?? 1 })
  const rows = list.rows.map((t) => ({ id: t.id, name: t.name, slug: t.slug, articles: t.articles }))
  return <TermList kind={termKinds.tag} rows={rows} query={list.query} paging={list} create={createTag} notice={notice} />
}
