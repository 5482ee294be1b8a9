import 'server-only'
import { redirect } from 'next/navigation'
import { expireTags } from '@/lib/cache'
import { ChangedSinceShownError, ForbiddenError, NotFoundError, NotSignedInError } from '@/lib/errors'

/**
 * The body of the delete actions for tags, sections and authors, posted by the plain form on
 * each one's confirmation page (`/admin/<kind>s/<id>/delete`). The data layer re-checks who is
 * asking and what will happen; whatever it refuses sends the editor back to that page, which
 * says why. `articles` is the count the page showed.
 */
export async function deleteConfirmedTerm(
  kind: 'tag' | 'section' | 'author',
  formData: FormData,
  remove: (id: string, shown: { articles: number }) => Promise<{ invalidate: string[] }>,
): Promise<never> {
  const id = String(formData.get('id') ?? '')
  const list = `/admin/${kind}s`
  const confirmPage = `${list}/${encodeURIComponent(id)}/delete`
  const articles = Number(formData.get('articles') ?? 0)
  if (formData.get('confirm') !== 'yes' || !Number.isInteger(articles) || articles < 0) redirect(confirmPage)
  try {
    expireTags((await remove(id, { articles })).invalidate)
  } catch (error) {
    if (error instanceof NotSignedInError) redirect('/login')
    if (error instanceof NotFoundError) redirect(`${list}?notice=missing`)
    const notice = error instanceof ChangedSinceShownError ? 'changed' : error instanceof ForbiddenError ? 'refused' : 'failed'
    if (notice === 'failed') console.error('[action] delete failed', { kind, id, error })
    redirect(`${confirmPage}?notice=${notice}`)
  }
  redirect(`${list}?notice=deleted`)
}
