import { requirePageAccess } from '@/lib/auth'
import { canManageTaxonomy } from '@/lib/permissions'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { TermEditor, termKinds } from '@/components/admin/term-admin'
import { getSectionForAdmin } from '@/lib/data/taxonomy'
import { updateSection } from '../actions'

export const metadata: Metadata = { title: 'Edit section' }

export default async function EditSectionPage({ params, searchParams }: PageProps<'/admin/sections/[id]'>) {
  await requirePageAccess(canManageTaxonomy)
  const [{ id }, { notice }] = await Promise.all([params, searchParams])
  const section = await getSectionForAdmin(id)
  if (!section) notFound()
  return (
    <TermEditor
      kind={termKinds.section}
      term={{ ...section, text: section.description }}
      about={
        <>
          Public page <Link href={`/section/${section.slug}`}>/section/{section.slug}</Link>
        </>
      }
      notice={notice}
      messages={{ created: 'Section created.' }}
      update={updateSection}
    />
  )
}
