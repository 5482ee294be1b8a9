import { requirePageAccess } from '@/lib/auth'
import { canManageTaxonomy } from '@/lib/permissions'
import type { Metadata } from 'next'
import Link from 'next/link'
import { TermForm } from '@/components/admin/term-form'
import { listTagsForAdmin } from '@/lib/data/taxonomy'
import { createTag } from './actions'

export const metadata: Metadata = { title: 'Tags' }

export default async function TagsPage({ searchParams }: PageProps<'/admin/tags'>) {
  await requirePageAccess(canManageTaxonomy)
  const { q } = await searchParams
  const query = typeof q === 'string' ? q : ''
  const tags = await listTagsForAdmin(query)
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <section aria-labelledby="tags-heading">
        <h1 id="tags-heading" className="text-2xl font-bold">
          Tags
        </h1>
        <form role="search" className="mt-4 flex items-end gap-2">
          <div>
            <label htmlFor="tag-q" className="block text-sm font-semibold">
              Search tags
            </label>
            <input id="tag-q" name="q" type="search" defaultValue={query} className="mt-1 rounded-sm border border-rule bg-paper px-3 py-2" />
          </div>
          <button className="rounded-sm border border-ink px-4 py-2 font-semibold">Search</button>
        </form>
        <table className="mt-4 w-full border-collapse text-sm">
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-3">Tag</th>
              <th scope="col" className="py-2 pr-3">Address</th>
              <th scope="col" className="py-2 pr-3 text-right">Articles</th>
            </tr>
          </thead>
          <tbody>
            {tags.map((t) => (
              <tr key={t.id} className="border-b border-rule">
                <td className="py-2 pr-3">
                  <Link href={`/admin/tags/${t.id}`} className="font-semibold underline">
                    {t.name}
                  </Link>
                </td>
                <td className="py-2 pr-3 text-muted">/tag/{t.slug}</td>
                <td className="py-2 pr-3 text-right">{t._count.articles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="new-tag" className="rounded-sm border border-rule bg-panel p-4">
        <h2 id="new-tag" className="mb-3 text-lg font-bold">
          New tag
        </h2>
        <TermForm
          label="New tag"
          action={createTag}
          submitLabel="Create tag"
          fields={[
            { name: 'name', label: 'Name' },
            { name: 'slug', label: 'Slug', hint: 'empty: made from the name' },
            { name: 'description', label: 'Description', multiline: true },
          ]}
        />
      </section>
    </div>
  )
}
