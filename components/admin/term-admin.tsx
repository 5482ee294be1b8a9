import type { FormState } from '@/lib/errors'
import { Notice } from './notice'
import { Notice as OutcomeNotice } from '@/components/ui/notice'
import { TermForm } from './term-form'
import { pageHref } from '@/lib/pagination'
import { AdminPager, AdminTable } from './admin-table'
import { LabelledSection } from './labelled-section'
import { SearchFilter } from './filter-fields'

// The dashboard's tags, sections and authors are the same thing to manage: a name, a slug
// that owns a public address, and a text. One list page and one edit page serve all three.

type Action = (prev: FormState, data: FormData) => Promise<FormState>

export const termKinds = {
  tag: { noun: 'tag', title: 'Tag', plural: 'Tags', newHeading: 'New tag', text: { name: 'description', label: 'Description' } },
  section: { noun: 'section', title: 'Section', plural: 'Sections', newHeading: 'New section', text: { name: 'description', label: 'Description' } },
  author: { noun: 'author', title: 'Author', plural: 'Authors', newHeading: 'New guest author', text: { name: 'bio', label: 'Bio' } },
} as const

type TermKind = (typeof termKinds)[keyof typeof termKinds]

const adminPath = (kind: TermKind) => `/admin/${kind.noun}s`

/** Outcomes of a delete, shown on the list it returns to (fixed texts: nothing from the URL is echoed). */
const listNotices = (kind: TermKind) => ({
  deleted: { text: `${kind.title} deleted.`, ok: true },
  missing: { text: `That ${kind.noun} had already been deleted.`, ok: false },
})

export type TermRow = { id: string; name: string; slug: string; articles: number; note?: string }

type Paging = { total: number; page: number; pageCount: number }

/**
 * The list of one kind of term with its article counts, the form that creates one and, for
 * the kinds an archive holds thousands of, a search, a count and pages.
 */
export function TermList({
  kind,
  rows,
  query,
  paging,
  create,
  notice,
}: {
  kind: TermKind
  rows: TermRow[]
  query?: string
  paging?: Paging
  create: Action
  notice?: string | string[]
}) {
  const plural = kind.plural.toLowerCase()
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <LabelledSection heading={kind.plural} level={1} headingClassName="text-2xl font-bold">
        <OutcomeNotice code={notice} notices={listNotices(kind)} />
        {query !== undefined ? (
          <form role="search" className="mt-4 flex items-end gap-2">
            <SearchFilter label={`Search ${plural}`} value={query} controlClassName="mt-1 rounded-sm border border-rule bg-paper px-3 py-2" />
            <button className="rounded-sm border border-ink px-4 py-2 font-semibold">Search</button>
          </form>
        ) : null}
        {paging ? (
          <p className="mt-3 text-sm text-muted">
            {paging.total === 0
              ? query
                ? `No ${plural} match “${query}”.`
                : `No ${plural} yet.`
              : `${paging.total.toLocaleString('en-GB')} ${paging.total === 1 ? kind.noun : plural}${query ? ` matching “${query}”` : ''}${paging.pageCount > 1 ? `, page ${paging.page} of ${paging.pageCount}` : ''}`}
          </p>
        ) : null}
        <AdminTable columns={[kind.title, 'Address', { label: 'Articles', align: 'right' }]} className="mt-4">
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <a href={`${adminPath(kind)}/${row.id}`} className="font-semibold underline">
                  {row.name}
                </a>
                {row.note ? <span className="block text-xs text-muted">{row.note}</span> : null}
              </td>
              <td className="text-muted">
                /{kind.noun}/{row.slug}
              </td>
              <td className="text-right">{row.articles}</td>
            </tr>
          ))}
        </AdminTable>
        {paging ? <AdminPager page={paging.page} pageCount={paging.pageCount} href={(n) => pageHref(adminPath(kind), n, query ? { q: query } : {})} /> : null}
      </LabelledSection>
      <LabelledSection heading={kind.newHeading} className="rounded-sm border border-rule bg-panel p-4" headingClassName="mb-3 text-lg font-bold">
        <TermForm
          label={`New ${kind.noun}`}
          action={create}
          submitLabel={`Create ${kind.noun}`}
          fields={[
            { name: 'name', label: 'Name' },
            { name: 'slug', label: 'Slug', hint: 'empty: made from the name' },
            { name: kind.text.name, label: kind.text.label, multiline: true },
          ]}
        />
      </LabelledSection>
    </div>
  )
}

/**
 * One term's page: rename it (the old slug keeps redirecting) and describe it, with whatever
 * else that kind offers (merging tags) beside the form.
 */
export function TermEditor({
  kind,
  term,
  about,
  notice,
  messages,
  update,
  deletion,
  children,
}: {
  kind: TermKind
  term: { id: string; name: string; slug: string; text: string }
  about: React.ReactNode
  notice: unknown
  messages: Record<string, string>
  update: Action
  /** One sentence on what deleting it would do, beside the link to the page that asks first. */
  deletion: React.ReactNode
  children?: React.ReactNode
}) {
  const form = (
    <TermForm
      label={`Edit ${kind.noun}`}
      action={update}
      hidden={{ id: term.id }}
      submitLabel={`Save ${kind.noun}`}
      fields={[
        { name: 'name', label: 'Name', defaultValue: term.name },
        { name: 'slug', label: 'Slug', hint: 'changing it keeps the old address working', defaultValue: term.slug },
        { name: kind.text.name, label: kind.text.label, multiline: true, defaultValue: term.text },
      ]}
    />
  )
  return (
    <div className={children ? undefined : 'max-w-xl'}>
      <p className="text-sm">
        <a href={adminPath(kind)} className="underline">
          All {kind.plural.toLowerCase()}
        </a>
      </p>
      <h1 className="mt-2 mb-1 text-2xl font-bold">
        {kind.title}: {term.name}
      </h1>
      <p className="mb-4 text-sm text-muted">{about}</p>
      <Notice notice={notice} messages={messages} />
      {children ? (
        <div className="grid gap-8 lg:grid-cols-2">
          <LabelledSection heading="Rename and describe" className="rounded-sm border border-rule p-4" headingClassName="mb-3 text-lg font-bold">
            {form}
          </LabelledSection>
          {children}
        </div>
      ) : (
        form
      )}
      <LabelledSection heading={`Delete this ${kind.noun}`} className="mt-8 max-w-xl rounded-sm border border-rule p-4" headingClassName="mb-2 text-lg font-bold">
        <p className="text-sm">{deletion}</p>
        <p className="mt-3">
          <a href={`${adminPath(kind)}/${term.id}/delete`} className="inline-block rounded-sm border-2 border-accent px-4 py-2 font-semibold">
            Delete {kind.noun}…
          </a>
        </p>
      </LabelledSection>
    </div>
  )
}

const confirmNotices = {
  changed: { text: 'Nothing was deleted: this changed after you opened the page. Below is what deleting it would do now; confirm again if it is still what you want.', ok: false },
  refused: { text: 'Nothing was deleted: see why below.', ok: false },
  failed: { text: 'Something went wrong and nothing was deleted. Try again in a moment.', ok: false },
}

/**
 * The page that asks before a tag, section or author is deleted: what will happen, with counts,
 * and a plain form (so it asks the same with or without JavaScript). Nothing changes until the
 * editor confirms. With a `refusal` it says why this one cannot go, and offers no button.
 */
export function ConfirmTermDeletion({
  kind,
  term,
  effects,
  refusal,
  notice,
  action,
  children,
}: {
  kind: TermKind
  term: { id: string; name: string; articles: number }
  effects: string[]
  refusal?: string | null
  notice: string | string[] | undefined
  action: (data: FormData) => Promise<void>
  children?: React.ReactNode
}) {
  const back = `${adminPath(kind)}/${term.id}`
  return (
    <div className="max-w-2xl">
      <p className="text-sm">
        <a href={back} className="underline">
          Back to the {kind.noun}
        </a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">
        Delete the {kind.noun} “{term.name}”?
      </h1>
      <OutcomeNotice code={notice} notices={confirmNotices} />
      {refusal ? (
        <>
          <p role="note" className="mt-4 border-l-4 border-accent bg-panel p-3">
            <strong>This {kind.noun} cannot be deleted.</strong> {refusal}
          </p>
          {children}
          <p className="mt-6">
            <a href={back} className="underline">
              Back to the {kind.noun}
            </a>
          </p>
        </>
      ) : (
        <>
          <LabelledSection heading="What deleting it does" className="mt-6 rounded-sm border border-rule p-4" headingClassName="mb-2 text-lg font-bold">
            <ul className="list-disc space-y-2 pl-5">
              {effects.map((effect) => (
                <li key={effect}>{effect}</li>
              ))}
              <li>It cannot be undone. The deletion is recorded in the audit log under your name.</li>
            </ul>
            {children}
          </LabelledSection>
          <form action={action} className="mt-6" aria-label={`Confirm deleting the ${kind.noun}`}>
            <input type="hidden" name="id" value={term.id} />
            {/* What this page counted: if it changes before the button is pressed, the editor is asked again. */}
            <input type="hidden" name="articles" value={term.articles} />
            <input type="hidden" name="confirm" value="yes" />
            <div className="flex flex-wrap items-center gap-4">
              <button className="rounded-sm bg-accent px-4 py-2 font-semibold text-accent-ink">Delete the {kind.noun}</button>
              <a href={back} className="underline">
                Cancel
              </a>
            </div>
          </form>
        </>
      )}
    </div>
  )
}
