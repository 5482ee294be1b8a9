import { requirePageAccess } from '@/lib/auth'
import { canManageTaxonomy } from '@/lib/permissions'
import type { Metadata } from 'next'
import { TermList, termKinds } from '@/components/admin/term-admin'
import { listSectionsForAdmin } from '@/lib/data/taxonomy'
import { createSection } from './actions'

export const metadata: Metadata = { title: 'Sections' }

export default async function SectionsPage({ searchParams }: PageProps<'/admin/sections'>) {
  await requirePageAccess(canManageTaxonomy)
  const { notice } = await searchParams
  const sections = await listSectionsForAdmin()
  const rows = sections.map((s) => ({ id: s.id, name: s.name, slug: s.slug, articles: s._count.articles, note: s.description }))
  return <TermList kind={termKinds.section} rows={rows} create={createSection} notice={notice} />
}
