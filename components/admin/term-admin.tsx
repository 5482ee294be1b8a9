import Link from 'next/link'
import type { FormState } from '@/lib/errors'
import { Notice } from './notice'
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

export type TermRow = { id: string; name: string; slug: string; articles: number; note?: string }

type Paging = { total: number; page: number; pageCount: number }

/**
 * The list of one kind of term with its article counts, the form that creates one and, for
 * the kinds an archive holds thousands of, a search, a count and pages.
 */
export function TermList({ kind, rows, query, paging, create }: { kind: TermKind; rows: TermRow[]; query?: string; paging?: Paging; create: Action }) {
  const plural = kind.plural.toLowerCase()
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <LabelledSection heading={kind.plural} level={1} headingClassName="text-2xl font-bold">
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
            <tr key={row.id} className="border-b border-rule">
              <td className="py-2 pr-3">
                <Link href={`${adminPath(kind)}/${row.id}`} className="font-semibold underline">
                  {row.name}
                </Link>
                {row.note ? <span className="block text-xs text-muted">{row.note}</span> : null}
              </td>
              <td className="py-2 pr-3 text-muted">
                /{kind.noun}/{row.slug}
              </td>
              <td className="py-2 pr-3 text-right">{row.articles}</td>
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
  children,
}: {
  kind: TermKind
  term: { id: string; name: string; slug: string; text: string }
  about: React.ReactNode
  notice: unknown
  messages: Record<string, string>
  update: Action
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
        <Link href={adminPath(kind)} className="underline">
          All {kind.plural.toLowerCase()}
        </Link>
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
    </div>
  )
}
