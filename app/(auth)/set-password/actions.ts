'use server'

import { redirect } from 'next/navigation'
import { acceptInvite } from '@/lib/data/staff'
import { errorToFormState, type FormState } from '@/lib/errors'
import { newPasswordSchema } from '@/lib/validation/staff'

export async function setPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const token = String(formData.get('token') ?? '')
  const parsed = newPasswordSchema.safeParse({ password: String(formData.get('password') ?? ''), confirm: String(formData.get('confirm') ?? '') })
  if (!parsed.success) return { ok: false, fieldErrors: parsed.error.flatten().fieldErrors }
  try {
    await acceptInvite(token, parsed.data.password)
  } catch (error) {
    return errorToFormState(error)
  }
  redirect('/login?notice=password-set')
}
