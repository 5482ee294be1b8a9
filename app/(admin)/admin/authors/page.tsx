import { requirePageAccess } from '@/lib/auth'
import { canManageTaxonomy } from '@/lib/permissions'
import type { Metadata } from 'next'
import Link from 'next/link'
import { TermForm } from '@/components/admin/term-form'
import { listAuthorsForAdmin } from '@/lib/data/taxonomy'
import { createAuthor } from './actions'

export const metadata: Metadata = { title: 'Authors' }

export default async function AuthorsPage({ searchParams }: PageProps<'/admin/authors'>) {
  await requirePageAccess(canManageTaxonomy)
  const { q } = await searchParams
  const query = typeof q === 'string' ? q : ''
  const authors = await listAuthorsForAdmin(query)
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <section aria-labelledby="authors-heading">
        <h1 id="authors-heading" className="text-2xl font-bold">
          Authors
        </h1>
        <form role="search" className="mt-4 flex items-end gap-2">
          <div>
            <label htmlFor="author-q" className="block text-sm font-semibold">
              Search authors
            </label>
            <input id="author-q" name="q" type="search" defaultValue={query} className="mt-1 rounded-sm border border-rule bg-paper px-3 py-2" />
          </div>
          <button className="rounded-sm border border-ink px-4 py-2 font-semibold">Search</button>
        </form>
        <table className="mt-4 w-full border-collapse text-sm">
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-3">Author</th>
              <th scope="col" className="py-2 pr-3">Address</th>
              <th scope="col" className="py-2 pr-3 text-right">Articles</th>
            </tr>
          </thead>
          <tbody>
            {authors.map((a) => (
              <tr key={a.id} className="border-b border-rule">
                <td className="py-2 pr-3">
                  <Link href={`/admin/authors/${a.id}`} className="font-semibold underline">
                    {a.name}
                  </Link>
                  <span className="block text-xs text-muted">{a.userId ? 'Staff' : 'Guest (no login)'}</span>
                </td>
                <td className="py-2 pr-3 text-muted">/author/{a.slug}</td>
                <td className="py-2 pr-3 text-right">{a._count.articles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="new-author" className="rounded-sm border border-rule bg-panel p-4">
        <h2 id="new-author" className="mb-3 text-lg font-bold">
          New guest author
        </h2>
        <TermForm
          label="New author"
          action={createAuthor}
          submitLabel="Create author"
          fields={[
            { name: 'name', label: 'Name' },
            { name: 'slug', label: 'Slug', hint: 'empty: made from the name' },
            { name: 'bio', label: 'Bio', multiline: true },
          ]}
        />
      </section>
    </div>
  )
}
