import { requirePageAccess } from '@/lib/auth'
import { canManageTaxonomy } from '@/lib/permissions'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { MergeTagForm } from '@/components/admin/merge-tag-form'
import { Notice } from '@/components/admin/notice'
import { TermForm } from '@/components/admin/term-form'
import { getTagForAdmin, listTagsForAdmin } from '@/lib/data/taxonomy'
import { updateTag } from '../actions'

export const metadata: Metadata = { title: 'Edit tag' }

export default async function EditTagPage({ params, searchParams }: PageProps<'/admin/tags/[id]'>) {
  await requirePageAccess(canManageTaxonomy)
  const [{ id }, { notice }] = await Promise.all([params, searchParams])
  const [tag, all] = await Promise.all([getTagForAdmin(id), listTagsForAdmin()])
  if (!tag) notFound()
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/tags" className="underline">
          All tags
        </Link>
      </p>
      <h1 className="mt-2 mb-4 text-2xl font-bold">Tag: {tag.name}</h1>
      <Notice notice={notice} messages={{ created: 'Tag created.', merged: 'Tags merged: the articles now carry this tag, and the old address redirects here.' }} />
      <p className="mb-6 text-sm text-muted">
        {tag._count.articles} article{tag._count.articles === 1 ? '' : 's'} · public page <Link href={`/tag/${tag.slug}`}>/tag/{tag.slug}</Link>
      </p>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="rename" className="rounded-sm border border-rule p-4">
          <h2 id="rename" className="mb-3 text-lg font-bold">
            Rename and describe
          </h2>
          <TermForm
            label="Edit tag"
            action={updateTag}
            hidden={{ id: tag.id }}
            submitLabel="Save tag"
            fields={[
              { name: 'name', label: 'Name', defaultValue: tag.name },
              { name: 'slug', label: 'Slug', hint: 'changing it keeps the old address working', defaultValue: tag.slug },
              { name: 'description', label: 'Description', multiline: true, defaultValue: tag.description },
            ]}
          />
        </section>
        <section aria-labelledby="merge" className="rounded-sm border border-rule p-4">
          <h2 id="merge" className="mb-3 text-lg font-bold">
            Merge into another tag
          </h2>
          <MergeTagForm id={tag.id} name={tag.name} others={all.filter((t) => t.id !== tag.id).map((t) => ({ id: t.id, name: t.name }))} />
        </section>
      </div>
    </>
  )
}
