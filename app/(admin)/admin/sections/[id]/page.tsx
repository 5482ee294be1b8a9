import { requirePageAccess } from '@/lib/auth'
import { canManageTaxonomy } from '@/lib/permissions'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Notice } from '@/components/admin/notice'
import { TermForm } from '@/components/admin/term-form'
import { getSectionForAdmin } from '@/lib/data/taxonomy'
import { updateSection } from '../actions'

export const metadata: Metadata = { title: 'Edit section' }

export default async function EditSectionPage({ params, searchParams }: PageProps<'/admin/sections/[id]'>) {
  await requirePageAccess(canManageTaxonomy)
  const [{ id }, { notice }] = await Promise.all([params, searchParams])
  const section = await getSectionForAdmin(id)
  if (!section) notFound()
  return (
    <div className="max-w-xl">
      <p className="text-sm">
        <Link href="/admin/sections" className="underline">
          All sections
        </Link>
      </p>
      <h1 className="mt-2 mb-4 text-2xl font-bold">Section: {section.name}</h1>
      <Notice notice={notice} messages={{ created: 'Section created.' }} />
      <TermForm
        label="Edit section"
        action={updateSection}
        hidden={{ id: section.id }}
        submitLabel="Save section"
        fields={[
          { name: 'name', label: 'Name', defaultValue: section.name },
          { name: 'slug', label: 'Slug', hint: 'changing it keeps the old address working', defaultValue: section.slug },
          { name: 'description', label: 'Description', multiline: true, defaultValue: section.description },
        ]}
      />
    </div>
  )
}
