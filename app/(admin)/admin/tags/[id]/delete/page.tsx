import type { Metadata } from 'next'
import { requirePageAccess } from '@/lib/auth'
import { canManageTaxonomy } from '@/lib/permissions'
import { ConfirmTermDeletion, termKinds } from '@/components/admin/term-admin'
import { planTagDeletion } from '@/lib/data/taxonomy'
import { refusalToPage } from '@/lib/page-refusal'
import { tagDeletionEffects } from '@/lib/term-deletion'
import { deleteTag } from '../../actions'

export const metadata: Metadata = { title: 'Delete a tag' }

/** What deleting a tag will do, and the button that does it; nothing changes until the editor confirms. */
export default async function DeleteTagPage({ params, searchParams }: PageProps<'/admin/tags/[id]/delete'>) {
  await requirePageAccess(canManageTaxonomy)
  const [{ id }, { notice }] = await Promise.all([params, searchParams])
  const plan = await planTagDeletion(id).catch(refusalToPage)
  return (
    <ConfirmTermDeletion kind={termKinds.tag} term={plan} effects={tagDeletionEffects(plan)} notice={notice} action={deleteTag}>
      {plan.articles ? (
        <p className="mt-3 text-sm text-muted">
          To move its articles to another tag instead, <a href={`/admin/tags/${plan.id}`} className="underline">merge it</a> from the tag’s page.
        </p>
      ) : null}
    </ConfirmTermDeletion>
  )
}
