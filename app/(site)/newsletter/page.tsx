import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { NewsletterForm } from '@/components/membership/newsletter-form'
import { getSiteSettings } from '@/lib/data/settings'
import { FLASH_COOKIE, issueFormToken, readFlash } from '@/lib/form-security'

export async function generateMetadata(): Promise<Metadata> {
  const { siteName } = await getSiteSettings()
  return { title: 'Newsletter', description: `The best of ${siteName} in your inbox every week.`, alternates: { canonical: '/newsletter' } }
}

// Rendered per request with no static shell, like /join: see the note there.
export const instant = false

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '')

export default async function NewsletterPage({ searchParams }: PageProps<'/newsletter'>) {
  const params = await searchParams
  const flash = readFlash((await cookies()).get(FLASH_COOKIE)?.value, 'newsletter', one(params.retry))
  const values = flash?.values ?? {
    email: '',
    from: one(params.from).slice(0, 200),
    utmSource: one(params.utm_source).slice(0, 100),
    utmMedium: one(params.utm_medium).slice(0, 100),
    utmCampaign: one(params.utm_campaign).slice(0, 100),
  }
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="font-serif text-4xl font-black">Get the newsletter</h1>
      <p className="mt-3 mb-8 font-serif text-lg">
        The week&rsquo;s most important reporting and analysis, in your inbox every Friday. Free, and you can stop it with one click. Want to do more?{' '}
        <a href="/join" className="underline">
          Become a member
        </a>
        .
      </p>
      <NewsletterForm values={values} errors={flash?.fieldErrors ?? {}} message={flash?.message} confirm={flash?.confirm} formToken={issueFormToken('newsletter')} />
    </div>
  )
}
