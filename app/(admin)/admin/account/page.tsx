import type { Metadata } from 'next'
import { LabelledSection } from '@/components/admin/labelled-section'
import { ActionForm, SubmitButton, TextField } from '@/components/ui/action-form'
import { getOwnAccount } from '@/lib/data/staff'
import { PASSWORD_MIN } from '@/lib/password-policy'
import { roleLabel } from '@/lib/permissions'
import { changePassword, updateProfile } from './actions'

export const metadata: Metadata = { title: 'Your account' }

export default async function AccountPage() {
  const me = await getOwnAccount()
  return (
    <div className="max-w-lg">
      <h1 className="text-2xl font-bold">Your account</h1>
      <p className="mt-2 text-sm text-muted">
        {me.email} · {roleLabel[me.role]}
      </p>
      <LabelledSection heading="Name" className="mt-8" headingClassName="text-lg font-bold">
        <ActionForm action={updateProfile}>
          <TextField name="name" label="Your name" defaultValue={me.name} autoComplete="name" />
          <SubmitButton>Save name</SubmitButton>
        </ActionForm>
      </LabelledSection>
      <LabelledSection heading="Password" className="mt-10" headingClassName="text-lg font-bold">
        <p className="text-sm text-muted">Changing it signs you out everywhere, here included.</p>
        <ActionForm action={changePassword}>
          <TextField name="current" label="Current password" type="password" autoComplete="current-password" />
          <TextField name="password" label="New password" type="password" autoComplete="new-password" hint={`At least ${PASSWORD_MIN} characters; a few random words work well.`} />
          <TextField name="confirm" label="New password again" type="password" autoComplete="new-password" />
          <SubmitButton pendingText="Changing…">Change password</SubmitButton>
        </ActionForm>
      </LabelledSection>
    </div>
  )
}
