import { requirePageAccess } from '@/lib/auth'
import { canManageStaff } from '@/lib/permissions'
import type { Metadata } from 'next'
import { ActionForm, SelectField, SubmitButton, TextField } from '@/components/ui/action-form'
import { Notice } from '@/components/ui/notice'
import { listStaff } from '@/lib/data/staff'
import { formatDateTime } from '@/lib/format'
import { roleLabel } from '@/lib/permissions'
import { changeStaffRole, deactivateStaff, inviteStaff, reactivateStaff } from './actions'
import { staffRowAnchor } from './row-anchor'
import { AdminTable } from '@/components/admin/admin-table'
import { LabelledSection } from '@/components/admin/labelled-section'

export const metadata: Metadata = { title: 'Staff' }

const notices = {
  'role-changed': { text: 'Role changed. It applies from their next click.', ok: true },
  deactivated: { text: 'Account deactivated. They are signed out everywhere.', ok: true },
  reactivated: { text: 'Account reactivated.', ok: true },
  'last-admin': { text: 'There must always be at least one active administrator.', ok: false },
  self: { text: 'You cannot deactivate your own account: another administrator can.', ok: false },
  forbidden: { text: 'You do not have permission to do that.', ok: false },
  missing: { text: 'That account no longer exists.', ok: false },
  failed: { text: 'Something went wrong and nothing changed.', ok: false },
}

const roleOptions = Object.entries(roleLabel).map(([value, label]) => ({ value, label }))

export default async function StaffPage({ searchParams }: PageProps<'/admin/staff'>) {
  const me = await requirePageAccess(canManageStaff)
  const [people, { notice }] = await Promise.all([listStaff(), searchParams])
  // After a change the page comes back scrolled to that person's row. The anchor names the notice:
  // Next keeps recent pages mounted (hidden), one per address, so each copy's ids must differ.
  const anchor = (userId: string) => (typeof notice === 'string' && notice in notices ? staffRowAnchor(notice, userId) : undefined)
  return (
    <>
      <h1 className="text-2xl font-bold">Staff</h1>
      <Notice code={notice} notices={notices} />
      <AdminTable columns={['Name', 'Role', 'Status', 'Last sign-in']} className="mt-6">
        {people.map((p) => (
          <tr key={p.id} id={anchor(p.id)}>
            <td>
              <span className="font-semibold">{p.name}</span>
              <span className="block text-muted">{p.email}</span>
            </td>
            <td>
              <form action={changeStaffRole} className="flex items-center gap-2">
                <input type="hidden" name="userId" value={p.id} />
                <label>
                  <span className="sr-only">Role for {p.name}</span>
                  <select name="role" defaultValue={p.role} className="rounded-sm border border-rule bg-paper px-2 py-1">
                    {roleOptions.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </label>
                <button className="rounded-sm border border-ink px-2 py-1">Change role</button>
              </form>
            </td>
            <td>
              {p.active ? (p.invites.length ? 'Invited' : 'Active') : 'Deactivated'}
              {p.id === me.id ? (
                <span className="mt-1 block text-muted">That is you: another administrator can deactivate this account.</span>
              ) : (
                <form action={p.active ? deactivateStaff : reactivateStaff} className="mt-1">
                  <input type="hidden" name="userId" value={p.id} />
                  <button className="underline">{p.active ? `Deactivate ${p.name}` : `Reactivate ${p.name}`}</button>
                </form>
              )}
            </td>
            <td>{p.lastLoginAt ? formatDateTime(p.lastLoginAt) : 'Never'}</td>
          </tr>
        ))}
      </AdminTable>

      <LabelledSection heading="Invite a colleague" className="mt-10 max-w-lg" headingClassName="text-xl font-bold">
        <p className="mt-1 text-sm text-muted">They get a one-time link, valid for 48 hours, to choose their own password.</p>
        <div className="mt-4">
          <ActionForm action={inviteStaff}>
            <TextField name="name" label="Name" />
            <TextField name="email" label="Email" type="email" />
            <SelectField name="role" label="Role" defaultValue="CONTRIBUTOR" options={roleOptions} />
            <SubmitButton pendingText="Inviting…">Send invitation</SubmitButton>
          </ActionForm>
        </div>
      </LabelledSection>
    </>
  )
}
