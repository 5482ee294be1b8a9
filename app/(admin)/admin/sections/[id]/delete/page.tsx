import type { Metadata } from 'next'
import { requirePageAccess } from '@/lib/auth'
import { canManageTaxonomy } from '@/lib/permissions'
import { ConfirmTermDeletion, termKinds } from '@/components/admin/term-admin'
import { planSectionDeletion } from '@/lib/data/taxonomy'
import { refusalToPage } from '@/lib/page-refusal'
import { sectionDeletionEffects } from '@/lib/term-deletion'
import { deleteSection } from '../../actions'

export const metadata: Metadata = { title: 'Delete a section' }

/** What deleting a section will do, and the button that does it; nothing changes until the editor confirms. */
export default async function DeleteSectionPage({ params, searchParams }: PageProps<'/admin/sections/[id]/delete'>) {
  await requirePageAccess(canManageTaxonomy)
  const [{ id }, { notice }] = await Promise.all([params, searchParams])
  const plan = await planSectionDeletion(id).catch(refusalToPage)
  return <ConfirmTermDeletion kind={termKinds.section} term={plan} effects={sectionDeletionEffects(plan)} notice={notice} action={deleteSection} />
}
