import { requirePageAccess } from '@/lib/auth'
import { canManageTaxonomy } from '@/lib/permissions'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Notice } from '@/components/admin/notice'
import { TermForm } from '@/components/admin/term-form'
import { getAuthorForAdmin } from '@/lib/data/taxonomy'
import { updateAuthor } from '../actions'

export const metadata: Metadata = { title: 'Edit author' }

export default async function EditAuthorPage({ params, searchParams }: PageProps<'/admin/authors/[id]'>) {
  await requirePageAccess(canManageTaxonomy)
  const [{ id }, { notice }] = await Promise.all([params, searchParams])
  const author = await getAuthorForAdmin(id)
  if (!author) notFound()
  return (
    <div className="max-w-xl">
      <p className="text-sm">
        <Link href="/admin/authors" className="underline">
          All authors
        </Link>
      </p>
      <h1 className="mt-2 mb-1 text-2xl font-bold">Author: {author.name}</h1>
      <p className="mb-4 text-sm text-muted">{author.userId ? 'A staff member’s byline.' : 'A guest author with no login.'}</p>
      <Notice notice={notice} messages={{ created: 'Author created.' }} />
      <TermForm
        label="Edit author"
        action={updateAuthor}
        hidden={{ id: author.id }}
        submitLabel="Save author"
        fields={[
          { name: 'name', label: 'Name', defaultValue: author.name },
          { name: 'slug', label: 'Slug', hint: 'changing it keeps the old address working', defaultValue: author.slug },
          { name: 'bio', label: 'Bio', multiline: true, defaultValue: author.bio },
        ]}
      />
    </div>
  )
}
