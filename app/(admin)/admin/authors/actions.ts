'use server'

import { redirect } from 'next/navigation'
import * as taxonomy from '@/lib/data/taxonomy'
import { expireTags } from '@/lib/cache'
import { deleteConfirmedTerm } from '@/lib/confirmed-deletion'
import { errorToFormState, type FormState } from '@/lib/errors'
import { authorInputSchema, readAuthorForm } from '@/lib/validation/taxonomy'

export async function createAuthor(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = authorInputSchema.safeParse(readAuthorForm(formData))
  if (!parsed.success) return { ok: false, fieldErrors: parsed.error.flatten().fieldErrors }
  let id: string
  try {
    const result = await taxonomy.createAuthor(parsed.data)
    expireTags(result.invalidate)
    id = result.id
  } catch (error) {
    return errorToFormState(error)
  }
  redirect(`/admin/authors/${id}?notice=created`)
}

export async function updateAuthor(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = authorInputSchema.safeParse(readAuthorForm(formData))
  if (!parsed.success) return { ok: false, fieldErrors: parsed.error.flatten().fieldErrors }
  try {
    const result = await taxonomy.updateAuthor(String(formData.get('id') ?? ''), parsed.data)
    expireTags(result.invalidate)
    return { ok: true, message: `Saved. The author page lives at /author/${result.slug}; any old address redirects there.` }
  } catch (error) {
    return errorToFormState(error)
  }
}

/** Deletes a guest author on no byline, once the editor has confirmed on its delete page: a plain form, so it works without JavaScript. */
export async function deleteAuthor(formData: FormData) {
  await deleteConfirmedTerm('author', formData, (id) => taxonomy.deleteAuthor(id))
}
