'use server'

import { redirect } from 'next/navigation'
import * as taxonomy from '@/lib/data/taxonomy'
import { expireTags } from '@/lib/cache'
import { deleteConfirmedTerm } from '@/lib/confirmed-deletion'
import { errorToFormState, type FormState } from '@/lib/errors'
import { readTermForm, termInputSchema } from '@/lib/validation/taxonomy'

export async function createSection(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = termInputSchema.safeParse(readTermForm(formData))
  if (!parsed.success) return { ok: false, fieldErrors: parsed.error.flatten().fieldErrors }
  let id: string
  try {
    const result = await taxonomy.createSection(parsed.data)
    expireTags(result.invalidate)
    id = result.id
  } catch (error) {
    return errorToFormState(error)
  }
  redirect(`/admin/sections/${id}?notice=created`)
}

export async function updateSection(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = termInputSchema.safeParse(readTermForm(formData))
  if (!parsed.success) return { ok: false, fieldErrors: parsed.error.flatten().fieldErrors }
  try {
    const result = await taxonomy.updateSection(String(formData.get('id') ?? ''), parsed.data)
    expireTags(result.invalidate)
    return { ok: true, message: `Saved. The section lives at /section/${result.slug}; any old address redirects there.` }
  } catch (error) {
    return errorToFormState(error)
  }
}

/** Deletes a section (its articles are left with no section), once the editor has confirmed on its delete page: a plain form, so it works without JavaScript. */
export async function deleteSection(formData: FormData) {
  await deleteConfirmedTerm('section', formData, (id, shown) => taxonomy.deleteSection(id, shown))
}
