'use server'

import { redirect } from 'next/navigation'
import * as taxonomy from '@/lib/data/taxonomy'
import { expireTags } from '@/lib/cache'
import { deleteConfirmedTerm } from '@/lib/confirmed-deletion'
import { errorToFormState, type FormState } from '@/lib/errors'
import { readTermForm, termInputSchema } from '@/lib/validation/taxonomy'

export async function createTag(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = termInputSchema.safeParse(readTermForm(formData))
  if (!parsed.success) return { ok: false, fieldErrors: parsed.error.flatten().fieldErrors }
  let id: string
  try {
    const result = await taxonomy.createTag(parsed.data)
    expireTags(result.invalidate)
    id = result.id
  } catch (error) {
    return errorToFormState(error)
  }
  redirect(`/admin/tags/${id}?notice=created`)
}

export async function updateTag(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = termInputSchema.safeParse(readTermForm(formData))
  if (!parsed.success) return { ok: false, fieldErrors: parsed.error.flatten().fieldErrors }
  try {
    const result = await taxonomy.updateTag(String(formData.get('id') ?? ''), parsed.data)
    expireTags(result.invalidate)
    return { ok: true, message: `Saved. The tag lives at /tag/${result.slug}; any old address redirects there.` }
  } catch (error) {
    return errorToFormState(error)
  }
}

export async function mergeTags(_prev: FormState, formData: FormData): Promise<FormState> {
  let intoId: string
  try {
    const result = await taxonomy.mergeTags(String(formData.get('id') ?? ''), String(formData.get('into') ?? ''))
    expireTags(result.invalidate)
    intoId = result.intoId
  } catch (error) {
    return errorToFormState(error)
  }
  redirect(`/admin/tags/${intoId}?notice=merged`)
}

/** Deletes a tag (it comes off its articles, which stay), once the editor has confirmed on its delete page: a plain form, so it works without JavaScript. */
export async function deleteTag(formData: FormData) {
  await deleteConfirmedTerm('tag', formData, (id, shown) => taxonomy.deleteTag(id, shown))
}
