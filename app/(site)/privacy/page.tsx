import type { Metadata } from 'next'
import { getSiteSettings } from '@/lib/data/settings'

export const metadata: Metadata = { title: 'Privacy notice', alternates: { canonical: '/privacy' } }

export default async function PrivacyPage() {
  const { siteName } = await getSiteSettings()
  return (
    <article className="mx-auto max-w-2xl font-serif text-lg">
      <h1 className="text-4xl font-black">Privacy notice</h1>
      <p className="mt-4">This notice explains what {siteName} keeps about members and newsletter readers, why, and what you can do about it.</p>
      <h2 className="mt-8 font-sans text-xl font-bold">What we keep</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>For members: your name, email address, postcode, membership tier and monthly amount, and whether you want the newsletter.</li>
        <li>For newsletter readers: your email address.</li>
        <li>When you agreed to this notice and confirmed your email, and which article (if any) led you to sign up.</li>
      </ul>
      <h2 className="mt-8 font-sans text-xl font-bold">Why</h2>
      <p className="mt-2">
        To run your membership and collect dues, to send the newsletter if you asked for it, and to learn which of our reporting persuades people to join. Your
        postcode lets us put you in touch with members near you. We never sell or share your details with anyone else.
      </p>
      <h2 className="mt-8 font-sans text-xl font-bold">Who can see it</h2>
      <p className="mt-2">{siteName}&rsquo;s administrators only. Every export and erasure of a member record is logged.</p>
      <h2 className="mt-8 font-sans text-xl font-bold">Your choices</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>Every email we send has a link to unsubscribe in one click.</li>
        <li>The same emails link to a page where you can delete everything we hold about you, at once.</li>
        <li>You can ask us for a copy of your data, or to correct it, by replying to any of our emails.</li>
      </ul>
      <p className="mt-8">
        <a href="/join" className="font-sans font-semibold underline">
          Back to the join page
        </a>
      </p>
    </article>
  )
}
