'use server'

import { refresh } from 'next/cache'
import { redirect } from 'next/navigation'
import * as staff from '@/lib/data/staff'
import { ForbiddenError, NotFoundError, NotSignedInError, errorToFormState, type FormState } from '@/lib/errors'
import { inviteStaffSchema, roleSchema } from '@/lib/validation/staff'
import { staffRowAnchor } from './row-anchor'

export async function inviteStaff(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { name: String(formData.get('name') ?? ''), email: String(formData.get('email') ?? ''), role: String(formData.get('role') ?? '') }
  const parsed = inviteStaffSchema.safeParse(values)
  if (!parsed.success) return { ok: false, message: 'Check the highlighted fields.', fieldErrors: parsed.error.flatten().fieldErrors, values }
  try {
    const { inviteUrl } = await staff.inviteStaff(parsed.data)
    // The staff table beside the form lists the new invitee at once.
    refresh()
    return {
      ok: true,
      message: `Invitation emailed to ${parsed.data.email}. If it does not arrive, send them this one-time link (valid for 48 hours): ${inviteUrl}`,
      values: { name: '', email: '', role: parsed.data.role },
    }
  } catch (error) {
    return errorToFormState(error, values)
  }
}

async function run(userId: string, change: () => Promise<unknown>, done: string) {
  let notice = done
  try {
    await change()
  } catch (error) {
    if (error instanceof NotSignedInError) redirect('/login')
    notice = error instanceof ForbiddenError ? 'forbidden' : error instanceof NotFoundError ? 'missing' : 'failed'
    const why = error instanceof Error ? error.message : ''
    if (notice === 'forbidden' && /administrator/.test(why)) notice = 'last-admin'
    if (notice === 'forbidden' && /your own account/.test(why)) notice = 'self'
  }
  redirect(`/admin/staff?notice=${notice}#${encodeURIComponent(staffRowAnchor(notice, userId))}`)
}

export async function changeStaffRole(formData: FormData) {
  const userId = String(formData.get('userId') ?? '')
  const role = roleSchema.safeParse(formData.get('role'))
  if (!role.success) redirect('/admin/staff?notice=failed')
  await run(userId, () => staff.changeStaffRole(userId, role.data), 'role-changed')
}

export async function deactivateStaff(formData: FormData) {
  const userId = String(formData.get('userId') ?? '')
  await run(userId, () => staff.setStaffActive(userId, false), 'deactivated')
}

export async function reactivateStaff(formData: FormData) {
  const userId = String(formData.get('userId') ?? '')
  await run(userId, () => staff.setStaffActive(userId, true), 'reactivated')
}
