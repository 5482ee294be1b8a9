import { requirePageAccess } from '@/lib/auth'
import { canManageMembers } from '@/lib/permissions'
import type { Metadata } from 'next'
import { LabelledSection } from '@/components/admin/labelled-section'
import { TierForm } from '@/components/membership/tier-form'
import { listTiersForAdmin } from '@/lib/data/tiers'
import { formatPence } from '@/lib/validation/member'
import { MembersNav } from '../members-nav'

export const metadata: Metadata = { title: 'Membership tiers' }

const pounds = (pence: number) => (pence / 100).toFixed(2).replace(/\.00$/, '')

export default async function TiersPage({ searchParams }: PageProps<'/admin/members/tiers'>) {
  await requirePageAccess(canManageMembers)
  const [tiers, { notice }] = await Promise.all([listTiersForAdmin(), searchParams])
  return (
    <>
      <h1 className="text-2xl font-bold">Membership tiers</h1>
      <MembersNav canManage />
      <p className="max-w-prose text-sm text-muted">
        The join page lists the tiers offered, in this order, with the recommended one marked. A tier that people have joined cannot be deleted; stop
        offering it instead, and its members keep it.
      </p>
      {notice === 'created' ? (
        <p role="status" className="mt-4 rounded-sm border border-green-700 p-3 text-sm">
          Tier added. The join page shows it now.
        </p>
      ) : null}
      <ul className="mt-6 space-y-6">
        {tiers.map((t) => (
          <li key={t.id} className="rounded-sm border border-rule p-4">
            <h2 className="mb-3 font-bold">
              {t.name}{' '}
              <span className="font-normal text-muted">
                · {t.payWhatYouCan ? `pay what you can, from ${formatPence(t.minimumPence)}` : `${formatPence(t.monthlyPence)} a month`} ·{' '}
                {t.memberCount === 1 ? '1 member' : `${t.memberCount} members`}
              </span>
            </h2>
            <TierForm
              initial={{
                id: t.id,
                name: t.name,
                description: t.description,
                monthly: pounds(t.monthlyPence),
                payWhatYouCan: t.payWhatYouCan,
                minimum: t.payWhatYouCan ? pounds(t.minimumPence) : '',
                recommended: t.recommended,
                active: t.active,
                position: String(t.position),
              }}
            />
          </li>
        ))}
      </ul>
      <LabelledSection heading="Add a tier" className="mt-10 rounded-sm border-2 border-ink p-4" headingClassName="mb-3 text-lg font-bold">
        <TierForm
          initial={{ name: '', description: '', monthly: '', payWhatYouCan: false, minimum: '', recommended: false, active: true, position: String(tiers.length) }}
        />
      </LabelledSection>
    </>
  )
}
