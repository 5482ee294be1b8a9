import { requirePageAccess } from '@/lib/auth'
import { canManageTaxonomy } from '@/lib/permissions'
import type { Metadata } from 'next'
import { TermList, termKinds } from '@/components/admin/term-admin'
import { listAuthorsForAdmin } from '@/lib/data/taxonomy'
import { parsePageParam } from '@/lib/pagination'
import { createAuthor } from './actions'

export const metadata: Metadata = { title: 'Authors' }

export default async function AuthorsPage({ searchParams }: PageProps<'/admin/authors'>) {
  await requirePageAccess(canManageTaxonomy)
  const { q, page, notice } = await searchParams
  const query = typeof q === 'string' ? q : ''
  const list = await listAuthorsForAdmin({ q: query, page: parsePageParam(page) ?? 1 })
  const rows = list.rows.map((a) => ({ id: a.id, name: a.name, slug: a.slug, articles: a.articles, note: a.userId ? 'Staff' : 'Guest (no login)' }))
  return <TermList kind={termKinds.author} rows={rows} query={list.query} paging={list} create={createAuthor} notice={notice} />
}
