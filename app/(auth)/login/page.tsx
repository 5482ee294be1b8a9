import type { Metadata } from 'next'
import { Suspense } from 'react'
import { LoginForm } from '@/components/admin/login-form'
import { getSiteSettings } from '@/lib/data/settings'

export const metadata: Metadata = { title: 'Staff sign-in', robots: { index: false } }

const notices: Record<string, string> = {
  'password-set': 'Your password is set. Sign in with it now.',
  'password-changed': 'Your password is changed. Sign in again with the new one.',
}

async function LoginNotice({ searchParams }: { searchParams: PageProps<'/login'>['searchParams'] }) {
  const { notice } = await searchParams
  const text = typeof notice === 'string' ? notices[notice] : undefined
  return text ? (
    <p role="status" className="mb-4 rounded-sm border border-green-700 p-3 text-sm">
      {text}
    </p>
  ) : null
}

export default async function LoginPage(props: PageProps<'/login'>) {
  const { siteName } = await getSiteSettings()
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      {/* A plain link: the public site is full page loads, never a client navigation that keeps this page mounted (hidden) beside it. */}
      <a href="/" className="font-serif text-3xl font-black">
        {siteName}
      </a>
      <h1 className="mt-6 mb-4 text-xl font-bold">Staff sign-in</h1>
      <Suspense fallback={null}>
        <LoginNotice searchParams={props.searchParams} />
      </Suspense>
      <LoginForm callbackUrl="/admin" />
    </main>
  )
}
