import { requirePageAccess } from '@/lib/auth'
import { canManageTaxonomy } from '@/lib/permissions'
import type { Metadata } from 'next'
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
  const count = section._count.articles
  return (
    <TermEditor
      kind={termKinds.section}
      term={{ ...section, text: section.description }}
      // A plain link, as every link from the dashboard to the public site: a full page load, and no
      // prefetch rendering (and caching) the public page as soon as this one is shown.
      about={
        <>
          {count} article{count === 1 ? '' : 's'} · public page <a href={`/section/${section.slug}`}>/section/{section.slug}</a>
        </>
      }
      notice={notice}
      messages={{ created: 'Section created.' }}
      update={updateSection}
      deletion={`Asks first. Deleting it takes it out of the site’s navigation and leaves its ${count} article${count === 1 ? '' : 's'} with no section.`}
    />
  )
}
