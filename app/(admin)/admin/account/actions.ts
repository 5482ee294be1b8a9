'use server'

import { redirect } from 'next/navigation'
import * as staff from '@/lib/data/staff'
import { errorToFormState, type FormState } from '@/lib/errors'
import { changePasswordSchema, profileSchema } from '@/lib/validation/staff'

export async function updateProfile(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { name: String(formData.get('name') ?? '') }
  const parsed = profileSchema.safeParse(values)
  if (!parsed.success) return { ok: false, fieldErrors: parsed.error.flatten().fieldErrors, values }
  try {
    await staff.updateOwnName(parsed.data.name)
    return { ok: true, message: 'Your name is updated.', values }
  } catch (error) {
    return errorToFormState(error, values)
  }
}

export async function changePassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = changePasswordSchema.safeParse({
    current: String(formData.get('current') ?? ''),
    password: String(formData.get('password') ?? ''),
    confirm: String(formData.get('confirm') ?? ''),
  })
  if (!parsed.success) return { ok: false, fieldErrors: parsed.error.flatten().fieldErrors }
  try {
    await staff.changeOwnPassword(parsed.data.current, parsed.data.password)
  } catch (error) {
    return errorToFormState(error)
  }
  // Every session ended with the old password, this one too.
  redirect('/login?notice=password-changed')
}
