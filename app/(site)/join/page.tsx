import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { JoinForm } from '@/components/membership/join-form'
import { getSiteSettings } from '@/lib/data/settings'
import { listActiveTiers } from '@/lib/data/tiers'
import { FLASH_COOKIE, issueFormToken, readFlash } from '@/lib/form-security'
import type { JoinValues } from '@/lib/validation/member'

export async function generateMetadata(): Promise<Metadata> {
  const { siteName } = await getSiteSettings()
  return {
    title: 'Join',
    description: `Become a member of ${siteName}: independent journalism, paid for by its readers.`,
    alternates: { canonical: '/join' },
  }
}

// The form is rendered per request (a fresh form token, the visitor's own values after an error),
// and it must arrive in the first HTML: content streamed into a <Suspense> hole is swapped in by a
// script, which a visitor without JavaScript never runs. So this page has no static shell; the
// tier list it shows still comes from the 'use cache' read in lib/data/tiers.ts.
export const instant = false

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '')

export default async function JoinPage({ searchParams }: PageProps<'/join'>) {
  const params = await searchParams
  const flash = readFlash((await cookies()).get(FLASH_COOKIE)?.value, 'join', one(params.retry))
  const [tiers, { siteName }] = await Promise.all([listActiveTiers(), getSiteSettings()])
  const recommended = tiers.find((t) => t.recommended) ?? tiers[0]
  const values: JoinValues = flash?.values ?? {
    name: '',
    email: '',
    postcode: '',
    tier: recommended?.id ?? '',
    amount: '',
    newsletter: false,
    consent: false,
    from: one(params.from).slice(0, 200),
    utmSource: one(params.utm_source).slice(0, 100),
    utmMedium: one(params.utm_medium).slice(0, 100),
    utmCampaign: one(params.utm_campaign).slice(0, 100),
  }

  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-black">Join {siteName}</h1>
      <p className="mt-3 font-serif text-lg">
        {siteName} has no billionaire owner and no advertisers to keep happy. It is paid for by its members. Choose what you can afford: every tier gets the
        same membership and the same say.
      </p>
      <div className="mt-8">
        <JoinForm siteName={siteName} tiers={tiers} values={values} errors={flash?.fieldErrors ?? {}} message={flash?.message} formToken={issueFormToken('join')} />
      </div>
    </div>
  )
}
