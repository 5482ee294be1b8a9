import { requirePageAccess } from '@/lib/auth'
import { canManageTaxonomy } from '@/lib/permissions'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { TermEditor, termKinds } from '@/components/admin/term-admin'
import { getAuthorForAdmin } from '@/lib/data/taxonomy'
import { updateAuthor } from '../actions'

export const metadata: Metadata = { title: 'Edit author' }

export default async function EditAuthorPage({ params, searchParams }: PageProps<'/admin/authors/[id]'>) {
  await requirePageAccess(canManageTaxonomy)
  const [{ id }, { notice }] = await Promise.all([params, searchParams])
  const author = await getAuthorForAdmin(id)
  if (!author) notFound()
  const count = author._count.articles
  return (
    <TermEditor
      kind={termKinds.author}
      term={{ ...author, text: author.bio }}
      about={author.userId ? 'A staff member’s byline.' : 'A guest author with no login.'}
      notice={notice}
      messages={{ created: 'Author created.' }}
      update={updateAuthor}
      deletion={
        author.userId
          ? 'A staff member’s byline cannot be deleted: it belongs to their account.'
          : count
            ? `On the byline of ${count} article${count === 1 ? '' : 's'}: it can be deleted only once no piece carries it (the page explains).`
            : 'Asks first. On no byline, so no article changes.'
      }
    />
  )
}
