'use client'

import { useActionState } from 'react'
import { saveArticle } from '@/app/(admin)/admin/articles/actions'
import type { FormState } from '@/lib/errors'

type Option = { id: string; name: string }

export type ArticleFormValues = {
  id?: string
  version?: number
  headline: string
  slug: string
  standfirst: string
  body: string
  sectionId: string
  authorIds: string[]
  tagNames: string
  heroImageId: string
  showBeforeYouGo: boolean
  seoTitle: string
  seoDescription: string
}

type Props = {
  initial: ArticleFormValues
  sections: Option[]
  authors: Option[]
  media: { id: string; label: string }[]
  readOnly?: boolean
}

const field = 'mt-1 w-full rounded-sm border border-rule bg-paper px-3 py-2'

function Errors({ state, name }: { state: FormState; name: string }) {
  const errors = state.fieldErrors?.[name]
  if (!errors?.length) return null
  return (
    <p id={`${name}-error`} className="mt-1 text-sm font-semibold text-accent">
      {errors.join(' ')}
    </p>
  )
}

/** The plain article form: what was typed stays in the form whatever the server says. */
export function ArticleForm({ initial, sections, authors, media, readOnly = false }: Props) {
  const [state, formAction, pending] = useActionState(saveArticle, { values: initial })
  const v = { ...initial, ...(state.values as Partial<ArticleFormValues>) }
  const invalid = (name: string) => (state.fieldErrors?.[name]?.length ? { 'aria-invalid': true, 'aria-describedby': `${name}-error` } : {})

  return (
    <form action={formAction} className="space-y-5" key={String(v.version ?? 'new')}>
      {v.id ? <input type="hidden" name="id" value={v.id} /> : null}
      {v.version !== undefined ? <input type="hidden" name="version" value={v.version} /> : null}
      {state.message ? (
        <p role={state.ok ? 'status' : 'alert'} className={`rounded-sm border p-3 text-sm ${state.ok ? 'border-green-700' : 'border-accent'}`}>
          {state.message}
        </p>
      ) : null}
      <fieldset disabled={readOnly || pending} className="space-y-5">
        <div>
          <label htmlFor="headline" className="block font-semibold">
            Headline
          </label>
          <input id="headline" name="headline" defaultValue={v.headline} className={`${field} font-serif text-xl`} {...invalid('headline')} />
          <Errors state={state} name="headline" />
        </div>
        <div>
          <label htmlFor="slug" className="block font-semibold">
            Slug <span className="font-normal text-muted">(leave empty to make one from the headline)</span>
          </label>
          <input id="slug" name="slug" defaultValue={v.slug} className={field} {...invalid('slug')} />
          <Errors state={state} name="slug" />
        </div>
        <div>
          <label htmlFor="standfirst" className="block font-semibold">
            Standfirst
          </label>
          <textarea id="standfirst" name="standfirst" rows={2} defaultValue={v.standfirst} className={field} {...invalid('standfirst')} />
          <Errors state={state} name="standfirst" />
        </div>
        <div>
          <label htmlFor="body" className="block font-semibold">
            Body
          </label>
          <p id="body-help" className="text-sm text-muted">
            Blank line between paragraphs. ## and ### for sub-headings, &gt; for quotes, - for lists, **bold**, *italic*, [link](https://…).
          </p>
          <textarea id="body" name="body" rows={18} defaultValue={v.body} aria-describedby="body-help" className={`${field} font-serif`} />
          <Errors state={state} name="body" />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <div>
            <label htmlFor="sectionId" className="block font-semibold">
              Section
            </label>
            <select id="sectionId" name="sectionId" defaultValue={v.sectionId} className={field} {...invalid('sectionId')}>
              <option value="">No section</option>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <Errors state={state} name="sectionId" />
          </div>
          <div>
            <label htmlFor="heroImageId" className="block font-semibold">
              Hero image
            </label>
            <select id="heroImageId" name="heroImageId" defaultValue={v.heroImageId} className={field} {...invalid('heroImageId')}>
              <option value="">No image</option>
              {media.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
            <Errors state={state} name="heroImageId" />
          </div>
        </div>
        <div>
          <label htmlFor="authorIds" className="block font-semibold">
            Authors
          </label>
          <select id="authorIds" name="authorIds" multiple defaultValue={v.authorIds} size={Math.min(6, authors.length || 1)} className={field}>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <Errors state={state} name="authorIds" />
        </div>
        <div>
          <label htmlFor="tagNames" className="block font-semibold">
            Tags <span className="font-normal text-muted">(separated by commas)</span>
          </label>
          <input id="tagNames" name="tagNames" defaultValue={v.tagNames} className={field} />
          <Errors state={state} name="tagNames" />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <div>
            <label htmlFor="seoTitle" className="block font-semibold">
              SEO title
            </label>
            <input id="seoTitle" name="seoTitle" defaultValue={v.seoTitle} className={field} />
            <Errors state={state} name="seoTitle" />
          </div>
          <div>
            <label htmlFor="seoDescription" className="block font-semibold">
              SEO description
            </label>
            <input id="seoDescription" name="seoDescription" defaultValue={v.seoDescription} className={field} />
            <Errors state={state} name="seoDescription" />
          </div>
        </div>
        <div className="flex items-center gap-2">
          <input id="showBeforeYouGo" name="showBeforeYouGo" type="checkbox" defaultChecked={v.showBeforeYouGo} className="h-4 w-4" />
          <label htmlFor="showBeforeYouGo">Show the &ldquo;Before you go&rdquo; box</label>
        </div>
        <button type="submit" className="rounded-sm bg-ink px-5 py-2 font-semibold text-paper disabled:opacity-60">
          {pending ? 'Saving…' : v.id ? 'Save' : 'Save draft'}
        </button>
      </fieldset>
    </form>
  )
}
