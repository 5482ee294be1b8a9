'use server'

import { redirect } from 'next/navigation'
import * as members from '@/lib/data/members'
import * as tiers from '@/lib/data/tiers'
import { expireTags } from '@/lib/cache'
import { ForbiddenError, NotFoundError, NotSignedInError, errorToFormState, type FormState } from '@/lib/errors'
import { fieldErrorsOf, readTierForm, tierInputSchema } from '@/lib/validation/member'

// Server actions are public HTTP endpoints: each parses its input and leaves the permission
// checks to lib/data, which re-checks the session and role on every call.

function outcomeOf(error: unknown, context: Record<string, unknown>) {
  if (error instanceof NotSignedInError) redirect('/login')
  if (error instanceof ForbiddenError) return 'forbidden'
  if (error instanceof NotFoundError) return 'missing'
  console.error('[action] member change failed', { ...context, error })
  return 'failed'
}

export async function changeMemberStatus(formData: FormData) {
  const id = String(formData.get('memberId') ?? '').slice(0, 64)
  const status = String(formData.get('status') ?? '')
  let notice = 'status'
  try {
    if (!members.isMemberStatus(status)) throw new NotFoundError('Unknown status.')
    await members.setMemberStatus(id, status)
  } catch (error) {
    notice = outcomeOf(error, { id, status })
  }
  redirect(`/admin/members/${encodeURIComponent(id)}?notice=${notice}`)
}

export async function eraseMember(formData: FormData) {
  const id = String(formData.get('memberId') ?? '').slice(0, 64)
  if (formData.get('confirm') !== 'on') redirect(`/admin/members/${encodeURIComponent(id)}?notice=confirm`)
  let notice = 'erased'
  try {
    await members.eraseMemberAsStaff(id)
  } catch (error) {
    notice = outcomeOf(error, { id })
    redirect(`/admin/members/${encodeURIComponent(id)}?notice=${notice}`)
  }
  redirect(`/admin/members?notice=${notice}`)
}

export async function saveTier(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = readTierForm(formData)
  const id = String(formData.get('id') ?? '').slice(0, 64) || null
  const parsed = tierInputSchema.safeParse(values)
  if (!parsed.success) return { ok: false, message: 'Check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error), values }
  try {
    const result = await tiers.saveTier(id, parsed.data)
    expireTags(result.invalidate)
  } catch (error) {
    return errorToFormState(error, values)
  }
  if (!id) redirect('/admin/members/tiers?notice=created')
  return { ok: true, message: 'Saved. The join page shows the change now.', values }
}
