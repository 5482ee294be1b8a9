import { requirePageAccess } from '@/lib/auth'
import { canManageTaxonomy } from '@/lib/permissions'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { LabelledSection } from '@/components/admin/labelled-section'
import { MergeTagForm } from '@/components/admin/merge-tag-form'
import { TermEditor, termKinds } from '@/components/admin/term-admin'
import { getTagForAdmin, tagSuggestions } from '@/lib/data/taxonomy'
import { updateTag } from '../actions'

export const metadata: Metadata = { title: 'Edit tag' }

export default async function EditTagPage({ params, searchParams }: PageProps<'/admin/tags/[id]'>) {
  await requirePageAccess(canManageTaxonomy)
  const [{ id }, { notice }] = await Promise.all([params, searchParams])
  const [tag, suggestions] = await Promise.all([getTagForAdmin(id), tagSuggestions()])
  if (!tag) notFound()
  const count = tag._count.articles
  return (
    <TermEditor
      kind={termKinds.tag}
      term={{ ...tag, text: tag.description }}
      // A plain link, as every link from the dashboard to the public site: a full page load, and no
      // prefetch rendering (and caching) the public page as soon as this one is shown.
      about={
        <>
          {count} article{count === 1 ? '' : 's'} · public page <a href={`/tag/${tag.slug}`}>/tag/{tag.slug}</a>
        </>
      }
      notice={notice}
      messages={{ created: 'Tag created.', merged: 'Tags merged: the articles now carry this tag, and the old address redirects here.' }}
      update={updateTag}
      deletion={`Asks first. Deleting it takes it off its ${count} article${count === 1 ? '' : 's'}, which stay; to move them to another tag instead, merge it.`}
    >
      <LabelledSection heading="Merge into another tag" className="rounded-sm border border-rule p-4" headingClassName="mb-3 text-lg font-bold">
        <MergeTagForm id={tag.id} name={tag.name} suggestions={suggestions} />
      </LabelledSection>
    </TermEditor>
  )
}
