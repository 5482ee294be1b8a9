import type { Metadata } from 'next'
import { requirePageAccess } from '@/lib/auth'
import { canManageTaxonomy } from '@/lib/permissions'
import { statusLabel } from '@/components/admin/status-badge'
import { ConfirmTermDeletion, termKinds } from '@/components/admin/term-admin'
import { planAuthorDeletion } from '@/lib/data/taxonomy'
import { refusalToPage } from '@/lib/page-refusal'
import { authorDeletionEffects } from '@/lib/term-deletion'
import { deleteAuthor } from '../../actions'

export const metadata: Metadata = { title: 'Delete an author' }

/**
 * What deleting an author will do, or why it cannot: an author on a byline, or a staff member's,
 * is refused, with the pieces to change listed for the editor.
 */
export default async function DeleteAuthorPage({ params, searchParams }: PageProps<'/admin/authors/[id]/delete'>) {
  await requirePageAccess(canManageTaxonomy)
  const [{ id }, { notice }] = await Promise.all([params, searchParams])
  const plan = await planAuthorDeletion(id).catch(refusalToPage)
  return (
    <ConfirmTermDeletion kind={termKinds.author} term={plan} effects={authorDeletionEffects(plan)} refusal={plan.refusal} notice={notice} action={deleteAuthor}>
      {plan.refusal && !plan.staff && plan.bylines.length ? (
        <section aria-label="Pieces with this byline" className="mt-4">
          <ul className="list-disc space-y-1 pl-5">
            {plan.bylines.map((a) => (
              <li key={a.id}>
                <a href={`/admin/articles/${a.id}`} className="underline">
                  {a.headline}
                </a>{' '}
                <span className="text-sm text-muted">({statusLabel[a.status].toLowerCase()})</span>
              </li>
            ))}
          </ul>
          {plan.articles > plan.bylines.length ? (
            <p className="mt-2 text-sm">
              <a href={`/admin?author=${encodeURIComponent(plan.slug)}`} className="underline">
                All {plan.articles} pieces with this byline
              </a>{' '}
              in the article list.
            </p>
          ) : null}
        </section>
      ) : null}
    </ConfirmTermDeletion>
  )
}
