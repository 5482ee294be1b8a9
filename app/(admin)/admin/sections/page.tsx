import { requirePageAccess } from '@/lib/auth'
import { canManageTaxonomy } from '@/lib/permissions'
import type { Metadata } from 'next'
import Link from 'next/link'
import { TermForm } from '@/components/admin/term-form'
import { listSectionsForAdmin } from '@/lib/data/taxonomy'
import { createSection } from './actions'

export const metadata: Metadata = { title: 'Sections' }

export default async function SectionsPage() {
  await requirePageAccess(canManageTaxonomy)
  const sections = await listSectionsForAdmin()
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <section aria-labelledby="sections-heading">
        <h1 id="sections-heading" className="text-2xl font-bold">
          Sections
        </h1>
        <table className="mt-4 w-full border-collapse text-sm">
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-3">Section</th>
              <th scope="col" className="py-2 pr-3">Address</th>
              <th scope="col" className="py-2 pr-3 text-right">Articles</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((s) => (
              <tr key={s.id} className="border-b border-rule">
                <td className="py-2 pr-3">
                  <Link href={`/admin/sections/${s.id}`} className="font-semibold underline">
                    {s.name}
                  </Link>
                  {s.description ? <span className="block text-xs text-muted">{s.description}</span> : null}
                </td>
                <td className="py-2 pr-3 text-muted">/section/{s.slug}</td>
                <td className="py-2 pr-3 text-right">{s._count.articles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="new-section" className="rounded-sm border border-rule bg-panel p-4">
        <h2 id="new-section" className="mb-3 text-lg font-bold">
          New section
        </h2>
        <TermForm
          label="New section"
          action={createSection}
          submitLabel="Create section"
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
